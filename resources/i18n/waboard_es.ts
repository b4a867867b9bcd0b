<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Account</name>
    <message>
        <source>&amp;Rules by date…</source>
        <translation>&amp;Reglas por fecha…</translation>
    </message>
    <message>
        <source>Business &amp;account…</source>
        <translation>&amp;Cuenta de empresa…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source> marketing templates per customer per 24 h</source>
        <translation> plantillas de marketing por cliente cada 24 h</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>An authentication template to a market with an authentication-international rate is charged that rate when the account is eligible and its country differs from the customer's.</source>
        <translation>Una plantilla de autenticación a un mercado con tarifa de autenticación internacional se cobra a esa tarifa cuando la cuenta cumple los requisitos y su país es distinto del país del cliente.</translation>
    </message>
    <message>
        <source>Billing c&amp;urrency</source>
        <translation>&amp;Moneda de facturación</translation>
    </message>
    <message>
        <source>Business account</source>
        <translation>Cuenta de empresa</translation>
    </message>
    <message>
        <source>Eligible for authentication-international rates from</source>
        <translation>Cumple los requisitos para tarifas de autenticación internacional desde</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Simulated per-user marketing limit:</source>
        <translation>Límite simulado de marketing por usuario:</translation>
    </message>
    <message>
        <source>Simulated: Meta limits how many marketing templates one person receives from all businesses, adaptively, and publishes no number. waboard stands in with a fixed limit per customer per rolling 24 hours (business-initiated sends only); the next one is refused with 131049.</source>
        <translation>Simulado: Meta limita de forma adaptativa cuántas plantillas de marketing recibe una persona de todas las empresas y no publica ninguna cifra. waboard usa en su lugar un límite fijo por cliente en 24 horas móviles (solo envíos iniciados por la empresa); el siguiente se rechaza con 131049.</translation>
    </message>
    <message>
        <source>The business account the simulated number belongs to. Month boundaries of the free tier and the volume tiers follow its time zone; amounts are billed and shown in its currency.</source>
        <translation>La cuenta de empresa a la que pertenece el número simulado. Los límites de mes del nivel gratuito y de los niveles por volumen siguen su zona horaria; los importes se facturan y se muestran en su moneda.</translation>
    </message>
</context>
<context>
    <name>ApiTraffic</name>
    <message>
        <source>API traffic</source>
        <translation>Tráfico de la API</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Filter: path, status, decision, webhook…</source>
        <translation>Filtrar: ruta, estado, decisión, webhook…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Select a row to see its JSON</source>
        <translation>Selecciona una fila para ver su JSON</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>solicitud:</translation>
    </message>
    <message>
        <source>response:</source>
        <translation>respuesta:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>waboard cannot open this file</source>
        <translation>waboard no puede abrir este archivo</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Back at “{name}”</source>
        <translation>De vuelta en “{name}”</translation>
    </message>
    <message>
        <source>Before the promo</source>
        <translation>Antes de la promoción</translation>
    </message>
    <message>
        <source>Bookmark name</source>
        <translation>Nombre del marcador</translation>
    </message>
    <message>
        <source>Bookmark now</source>
        <translation>Marcar ahora</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Eliminar marcador</translation>
    </message>
    <message>
        <source>Delete the bookmark “{name}”?</source>
        <translation>¿Eliminar el marcador “{name}”?</translation>
    </message>
    <message>
        <source>Name this moment to come back to it later, whatever you do or undo in between.</source>
        <translation>Ponle nombre a este momento para volver a él más tarde, hagas o deshagas lo que hagas mientras tanto.</translation>
    </message>
    <message>
        <source>No bookmarks yet.</source>
        <translation>Todavía no hay marcadores.</translation>
    </message>
    <message>
        <source>Return to it</source>
        <translation>Volver a él</translation>
    </message>
    <message>
        <source>What happened stays as it is; only the name goes.</source>
        <translation>Lo que pasó se queda como está; solo se elimina el nombre.</translation>
    </message>
    <message>
        <source>{problem} (1 to {limit} characters).</source>
        <translation>{problem} (de 1 a {limit} caracteres).</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>(not running)</source>
        <translation>(detenido)</translation>
    </message>
    <message>
        <source>API &amp;traffic</source>
        <translation>&amp;Tráfico de la API</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de la app</translation>
    </message>
    <message>
        <source>Approve templates created through the API</source>
        <translation>Aprobar las plantillas creadas por la API</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Cloud &amp;API server…</source>
        <translation>Servidor de la &amp;API de nube…</translation>
    </message>
    <message>
        <source>Cloud API server</source>
        <translation>Servidor de la API de nube</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Enter a token: apps send it as 'Authorization: Bearer TOKEN'</source>
        <translation>Escribe un token: las apps lo envían como 'Authorization: Bearer TOKEN'</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Iniciar servidor</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Detener servidor</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <source>WABA id</source>
        <translation>ID de la WABA</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Webhook URL {problem}</source>
        <translation>URL del webhook: {problem}</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>cannot start the server: {error}</source>
        <translation>no se puede iniciar el servidor: {error}</translation>
    </message>
    <message>
        <source>does the hub.verify_token handshake</source>
        <translation>hace el intercambio hub.verify_token</translation>
    </message>
    <message>
        <source>http://127.0.0.1:5000/webhook (optional)</source>
        <translation>http://127.0.0.1:5000/webhook (opcional)</translation>
    </message>
    <message>
        <source>signs webhooks with X-Hub-Signature-256</source>
        <translation>firma los webhooks con X-Hub-Signature-256</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>No opt-in</source>
        <translation>Sin aceptación</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Con aceptación</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Bookmarks…</source>
        <translation>&amp;Marcadores…</translation>
    </message>
    <message>
        <source>&amp;Export as scenario…</source>
        <translation>&amp;Exportar como escenario…</translation>
    </message>
    <message>
        <source>&amp;Go back to…</source>
        <translation>&amp;Volver a…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>Export as scenario</source>
        <translation>Exportar como escenario</translation>
    </message>
    <message>
        <source>Exported {count} steps to {file}</source>
        <translation>Se exportaron {count} pasos a {file}</translation>
    </message>
    <message>
        <source>Redid {action}</source>
        <translation>Se rehízo: {action}</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Archivos de escenario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>El escenario no se guardó</translation>
    </message>
    <message>
        <source>Undid {action}</source>
        <translation>Se deshizo: {action}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>waboard could not do that</source>
        <translation>waboard no pudo hacer eso</translation>
    </message>
    <message>
        <source>waboard hit an unexpected error and carried on: {error}

Everything you confirmed is saved. The report below can be copied into a bug report.</source>
        <translation>waboard encontró un error inesperado y siguió funcionando: {error}

Todo lo que confirmaste está guardado. El informe de abajo se puede copiar en un reporte de error.</translation>
    </message>
    <message>
        <source>{refusal}

Nothing was changed by this; everything confirmed before is saved.</source>
        <translation>{refusal}

Esto no cambió nada; todo lo confirmado antes está guardado.</translation>
    </message>
</context>
<context>
    <name>GoBack</name>
    <message>
        <source>1 day earlier</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <source>1 h earlier</source>
        <translation>1 h antes</translation>
    </message>
    <message>
        <source>1 min earlier</source>
        <translation>1 min antes</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Go back to</source>
        <translation>Volver a</translation>
    </message>
    <message>
        <source>Go back to…</source>
        <translation>Volver a…</translation>
    </message>
    <message>
        <source>Remove 1 action and go back</source>
        <translation>Quitar 1 acción y volver</translation>
    </message>
    <message>
        <source>Remove {count} actions and go back</source>
        <translation>Quitar {count} acciones y volver</translation>
    </message>
    <message>
        <source>That is now: nothing to go back over.</source>
        <translation>Ese es el momento actual: no hay nada a lo que volver.</translation>
    </message>
    <message>
        <source>The clock reads {now}. Choose an earlier moment: everything done after it is removed, and a bookmark lets you come back here.</source>
        <translation>El reloj marca {now}. Elige un momento anterior: se quita todo lo hecho después, y un marcador te permite volver aquí.</translation>
    </message>
    <message>
        <source>−1 day</source>
        <translation>−1 día</translation>
    </message>
    <message>
        <source>−1 h</source>
        <translation>−1 h</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;About waboard</source>
        <translation>&amp;Acerca de waboard</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <source>About waboard</source>
        <translation>Acerca de waboard</translation>
    </message>
    <message>
        <source>Refusal &amp;codes…</source>
        <translation>&amp;Códigos de rechazo…</translation>
    </message>
    <message>
        <source>waboard {version} (Qt for Python {qt_version})

waboard simulates a WhatsApp Business Platform inbox: the 24-hour customer service window, conversation categories, free entry points, consent, template rules and what every message costs, on a simulated clock.</source>
        <translation>waboard {version} (Qt for Python {qt_version})

waboard simula una bandeja de entrada de WhatsApp Business Platform: la ventana de atención al cliente de 24 horas, las categorías de conversación, los puntos de entrada gratuitos, el consentimiento, las reglas de las plantillas y lo que cuesta cada mensaje, con un reloj simulado.</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>Authentication-international start: give an instant with a time zone</source>
        <translation>Inicio de autenticación internacional: indica un instante con zona horaria</translation>
    </message>
    <message>
        <source>Country {country}: use a two-letter ISO code such as MX</source>
        <translation>País {country}: usa un código ISO de dos letras, como MX</translation>
    </message>
    <message>
        <source>Currency {currency}: use one of {currencies}</source>
        <translation>Moneda {currency}: usa una de {currencies}</translation>
    </message>
    <message>
        <source>Enter a name for the bookmark</source>
        <translation>Escribe un nombre para el marcador</translation>
    </message>
    <message>
        <source>Enter the customer's name</source>
        <translation>Escribe el nombre del cliente</translation>
    </message>
    <message>
        <source>Marketing limit {limit}: a whole number of messages, 0 or more</source>
        <translation>Límite de marketing {limit}: un número entero de mensajes, 0 o más</translation>
    </message>
    <message>
        <source>Template {name}: {problem}</source>
        <translation>Plantilla {name}: {problem}</translation>
    </message>
    <message>
        <source>The bookmark name contains a NUL character</source>
        <translation>El nombre del marcador contiene un carácter NUL</translation>
    </message>
    <message>
        <source>The bookmark name is {length} characters; keep it to {limit}</source>
        <translation>El nombre del marcador tiene {length} caracteres; el máximo es {limit}</translation>
    </message>
    <message>
        <source>The message contains a NUL character</source>
        <translation>El mensaje contiene un carácter NUL</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>El mensaje está vacío</translation>
    </message>
    <message>
        <source>The message is {length} characters; the limit is {limit}</source>
        <translation>El mensaje tiene {length} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <source>The name contains a NUL character</source>
        <translation>El nombre contiene un carácter NUL</translation>
    </message>
    <message>
        <source>The name is {length} characters; keep it under {limit}</source>
        <translation>El nombre tiene {length} caracteres; debe tener menos de {limit}</translation>
    </message>
    <message>
        <source>Time zone: {problem}</source>
        <translation>Zona horaria: {problem}</translation>
    </message>
    <message>
        <source>{phone} is already the number of {name}; two customers cannot share a phone number</source>
        <translation>{phone} ya es el número de {name}; dos clientes no pueden compartir un número de teléfono</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Abrir lección…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Load scenario…</source>
        <translation>&amp;Cargar escenario…</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Administrar plantillas…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausar</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <source>&amp;Pricing regime</source>
        <translation>Régimen de &amp;precios</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <translation>&amp;Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>&amp;Enviar mensaje</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;día</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 &amp;hora</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>Cannot reset the workspace</source>
        <translation>No se puede restablecer el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Elige un archivo nuevo</translation>
    </message>
    <message>
        <source>Customer's p&amp;hone</source>
        <translation>&amp;Teléfono del cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Load scenario</source>
        <translation>Cargar escenario</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Play the scenario into a new workspace</source>
        <translation>Reproducir el escenario en un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <source>Replace everything in this workspace with the demo inbox? This cannot be undone.</source>
        <translation>¿Reemplazar todo lo de este espacio de trabajo por la bandeja de demostración? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Reset to &amp;demo…</source>
        <translation>Restablecer la &amp;demostración…</translation>
    </message>
    <message>
        <source>Reset to demo</source>
        <translation>Restablecer la demostración</translation>
    </message>
    <message>
        <source>Reset to the demo inbox</source>
        <translation>Se restableció la bandeja de demostración</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy to {file}</source>
        <translation>Se guardó una copia en {file}</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Archivos de escenario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select a customer to send a template to.</source>
        <translation>Selecciona un cliente al que enviar una plantilla.</translation>
    </message>
    <message>
        <source>Send &amp;template…</source>
        <translation>Enviar &amp;plantilla…</translation>
    </message>
    <message>
        <source>This scenario cannot be loaded</source>
        <translation>No se puede cargar este escenario</translation>
    </message>
    <message>
        <source>To &amp;next expiry</source>
        <translation>Hasta el &amp;siguiente vencimiento</translation>
    </message>
    <message>
        <source>in-memory workspace</source>
        <translation>espacio de trabajo en memoria</translation>
    </message>
    <message>
        <source>waboard will speak {language} from the next time it starts.</source>
        <translation>waboard usará {language} a partir de la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>waboard workspaces (*.waboard *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Espacios de trabajo de waboard (*.waboard *.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} already exists; a new workspace needs a new file.</source>
        <translation>{file} ya existe; un espacio de trabajo nuevo necesita un archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Co&amp;nfiguración</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>Ca&amp;pacitación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>C&amp;lock</source>
        <translation>&amp;Reloj</translation>
    </message>
</context>
<context>
    <name>RefusalCodes</name>
    <message>
        <source>A template outside the 24-hour window needs the customer's opt-in (the simulator's check; the platform leaves consent to the business).</source>
        <translation>Una plantilla fuera de la ventana de 24 horas necesita que el cliente haya aceptado recibir mensajes (una comprobación del simulador; la plataforma deja el consentimiento en manos de la empresa).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Free-form text more than 24 hours after the customer last wrote: send a template instead.</source>
        <translation>Texto libre más de 24 horas después del último mensaje del cliente: envía una plantilla en su lugar.</translation>
    </message>
    <message>
        <source>Meta disabled the template.</source>
        <translation>Meta desactivó la plantilla.</translation>
    </message>
    <message>
        <source>Meta paused the template after poor feedback.</source>
        <translation>Meta pausó la plantilla por comentarios negativos.</translation>
    </message>
    <message>
        <source>No template of that name in that language.</source>
        <translation>No hay ninguna plantilla con ese nombre en ese idioma.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refusal codes</source>
        <translation>Códigos de rechazo</translation>
    </message>
    <message>
        <source>The customer opted out: no marketing template reaches them.</source>
        <translation>El cliente se dio de baja: no le llega ninguna plantilla de marketing.</translation>
    </message>
    <message>
        <source>The number has no WhatsApp account: nothing is sent or charged.</source>
        <translation>El número no tiene cuenta de WhatsApp: no se envía ni se cobra nada.</translation>
    </message>
    <message>
        <source>The number of parameters differs from the template's {{n}}.</source>
        <translation>La cantidad de parámetros no coincide con los {{n}} de la plantilla.</translation>
    </message>
    <message>
        <source>The template is pending or rejected: only approved ones send.</source>
        <translation>La plantilla está pendiente o fue rechazada: solo se envían las aprobadas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why the platform refuses a business message, with its Cloud API error code, in the order the rules check them.</source>
        <translation>Por qué la plataforma rechaza un mensaje de la empresa, con su código de error de la API de nube, en el orden en que las reglas lo comprueban.</translation>
    </message>
</context>
<context>
    <name>RulesByDate</name>
    <message>
        <source>At the simulated date</source>
        <translation>En la fecha simulada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Rules by date</source>
        <translation>Reglas por fecha</translation>
    </message>
    <message>
        <source>Select a change to see its sources.</source>
        <translation>Selecciona un cambio para ver sus fuentes.</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>The switch of 1 Jul 2025: {edge_case}</source>
        <translation>El cambio del 1 jul 2025: {edge_case}</translation>
    </message>
    <message>
        <source>What changed after {first} ({code}, from {since}). This workspace's pricing: {pricing}; a message sent at the simulated date ({now}) is decided under {regime}.</source>
        <translation>Lo que cambió después de {first} ({code}, desde {since}). Precios de este espacio de trabajo: {pricing}; un mensaje enviado en la fecha simulada ({now}) se decide con {regime}.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>[reported]: Meta's "upcoming pricing updates" page as quoted by several providers, not read on Meta's own site. [Meta]: Meta's own pricing pages.</source>
        <translation>[reported]: la página de Meta de "próximas actualizaciones de precios" tal como la citan varios proveedores, no leída en el sitio de Meta. [Meta]: las páginas de precios de la propia Meta.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>{title} ({mark}). Sources: {sources}</source>
        <translation>{title} ({mark}). Fuentes: {sources}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Every shortcut works anywhere in the main window.</source>
        <translation>Todos los atajos funcionan en cualquier parte de la ventana principal.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu item</source>
        <translation>Elemento del menú</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore the demo inbox</source>
        <translation>Explorar la bandeja de demostración</translation>
    </message>
    <message>
        <source>Load a scenario…</source>
        <translation>Cargar un escenario…</translation>
    </message>
    <message>
        <source>No colour emoji font is installed, so emoji show as boxes; on Debian/Ubuntu: sudo apt install fonts-noto-color-emoji</source>
        <translation>No hay una fuente de emoji en color instalada, así que los emoji se ven como cuadros; en Debian/Ubuntu: sudo apt install fonts-noto-color-emoji</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Abrir una lección…</translation>
    </message>
    <message>
        <source>Show this at startup</source>
        <translation>Mostrar esto al iniciar</translation>
    </message>
    <message>
        <source>Start the Cloud API…</source>
        <translation>Iniciar la API de nube…</translation>
    </message>
    <message>
        <source>Welcome to waboard</source>
        <translation>Te damos la bienvenida a waboard</translation>
    </message>
    <message>
        <source>waboard simulates a WhatsApp Business inbox on a clock you control. Every message you send is decided by the platform's rules: whether it may be sent, which conversation it opens and what it costs. Nothing leaves this computer: the customers, their replies and the bill are simulated.</source>
        <translation>waboard simula una bandeja de entrada de WhatsApp Business con un reloj que tú controlas. Las reglas de la plataforma deciden cada mensaje que envías: si se puede enviar, qué conversación abre y cuánto cuesta. Nada sale de esta computadora: los clientes, sus respuestas y la factura son simulados.</translation>
    </message>
</context>
</TS>