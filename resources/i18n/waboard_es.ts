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
    <name>ActionLabel</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>Before rewind to {instant}</source>
        <translation>Antes de retroceder a {instant}</translation>
    </message>
    <message>
        <source>action for {name}</source>
        <translation>acción para {name}</translation>
    </message>
    <message>
        <source>bundled rate card</source>
        <translation>tarifario incluido</translation>
    </message>
    <message>
        <source>business account</source>
        <translation>cuenta de empresa</translation>
    </message>
    <message>
        <source>clock change</source>
        <translation>cambio del reloj</translation>
    </message>
    <message>
        <source>clock set to {instant}</source>
        <translation>reloj puesto en {instant}</translation>
    </message>
    <message>
        <source>delivery delay {seconds} s</source>
        <translation>demora de entrega de {seconds} s</translation>
    </message>
    <message>
        <source>edit of template {name} ({language})</source>
        <translation>edición de la plantilla {name} ({language})</translation>
    </message>
    <message>
        <source>edit of {name}</source>
        <translation>edición de {name}</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>jump +{span}</source>
        <translation>salto +{span}</translation>
    </message>
    <message>
        <source>jump to the next expiry</source>
        <translation>salto al siguiente vencimiento</translation>
    </message>
    <message>
        <source>message from {name}</source>
        <translation>mensaje de {name}</translation>
    </message>
    <message>
        <source>new customer {name}</source>
        <translation>cliente nuevo {name}</translation>
    </message>
    <message>
        <source>new template {name} ({language})</source>
        <translation>plantilla nueva {name} ({language})</translation>
    </message>
    <message>
        <source>opt-in of {name}</source>
        <translation>aceptación de {name}</translation>
    </message>
    <message>
        <source>opt-out keywords</source>
        <translation>palabras clave de baja</translation>
    </message>
    <message>
        <source>opt-out of {name}</source>
        <translation>baja de {name}</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>play</source>
        <translation>reproducir</translation>
    </message>
    <message>
        <source>pricing regime {choice}</source>
        <translation>régimen de precios {choice}</translation>
    </message>
    <message>
        <source>rate card</source>
        <translation>tarifario</translation>
    </message>
    <message>
        <source>real time off</source>
        <translation>tiempo real desactivado</translation>
    </message>
    <message>
        <source>real time on</source>
        <translation>tiempo real activado</translation>
    </message>
    <message>
        <source>scenario rates</source>
        <translation>tarifas del escenario</translation>
    </message>
    <message>
        <source>send to {name}</source>
        <translation>envío a {name}</translation>
    </message>
    <message>
        <source>setting {key}</source>
        <translation>ajuste {key}</translation>
    </message>
    <message>
        <source>speed x{speed}</source>
        <translation>velocidad x{speed}</translation>
    </message>
    <message>
        <source>template to {name}</source>
        <translation>plantilla a {name}</translation>
    </message>
    <message>
        <source>template {name} ({language}) {status}</source>
        <translation>plantilla {name} ({language}) {status}</translation>
    </message>
    <message>
        <source>wait for {name}</source>
        <translation>espera de {name}</translation>
    </message>
    <message>
        <source>workspace name</source>
        <translation>nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Conversation / charge</source>
        <translation>Conversación / cargo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer #{id}</source>
        <translation>Cliente n.º {id}</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Customer message (from an ad)</source>
        <translation>Mensaje del cliente (desde un anuncio)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Free-form</source>
        <translation>Formato libre</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Dio su consentimiento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se dio de baja</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Refused {code}</source>
        <translation>Rechazado {code}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Show decisions of</source>
        <translation>Mostrar las decisiones de</translation>
    </message>
    <message>
        <source>Template {name} ({language})</source>
        <translation>Plantilla {name} ({language})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Window open until {until}</source>
        <translation>Ventana abierta hasta el {until}</translation>
    </message>
    <message>
        <source>Window open until {until}; next reply opens a free entry point</source>
        <translation>Ventana abierta hasta el {until}; la próxima respuesta abre un punto de entrada gratuito</translation>
    </message>
    <message>
        <source>{count} decision</source>
        <translation>{count} decisión</translation>
    </message>
    <message>
        <source>{count} decisions</source>
        <translation>{count} decisiones</translation>
    </message>
    <message>
        <source>{loaded} of {total} decision; scroll up for older</source>
        <translation>{loaded} de {total} decisión; desplázate hacia arriba para ver las anteriores</translation>
    </message>
    <message>
        <source>{loaded} of {total} decisions; scroll up for older</source>
        <translation>{loaded} de {total} decisiones; desplázate hacia arriba para ver las anteriores</translation>
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
    <name>Audit</name>
    <message>
        <source>Customer service window closed</source>
        <translation>Se cerró la ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Customer service window opened for 24 hours</source>
        <translation>Se abrió la ventana de atención al cliente por 24 horas</translation>
    </message>
    <message>
        <source>Customer service window restarted for 24 hours</source>
        <translation>Se reinició la ventana de atención al cliente por 24 horas</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>El cliente escribió</translation>
    </message>
    <message>
        <source>Customer wrote (from a Page button)</source>
        <translation>El cliente escribió (desde un botón de la página)</translation>
    </message>
    <message>
        <source>Customer wrote (from a click-to-WhatsApp ad)</source>
        <translation>El cliente escribió (desde un anuncio que hace clic a WhatsApp)</translation>
    </message>
    <message>
        <source>Free-form: {note}</source>
        <translation>Formato libre: {note}</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Dio su consentimiento</translation>
    </message>
    <message>
        <source>Opted in ({source})</source>
        <translation>Dio su consentimiento ({source})</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se dio de baja</translation>
    </message>
    <message>
        <source>Opted out ({source})</source>
        <translation>Se dio de baja ({source})</translation>
    </message>
    <message>
        <source>Template: {note}</source>
        <translation>Plantilla: {note}</translation>
    </message>
    <message>
        <source>{label} conversation ended</source>
        <translation>{label}: la conversación terminó</translation>
    </message>
    <message>
        <source>{label} conversation opened until {until}, charged {charge}</source>
        <translation>{label}: conversación abierta hasta {until}, con cargo de {charge}</translation>
    </message>
    <message>
        <source>{label} conversation opened until {until}, free</source>
        <translation>{label}: conversación abierta hasta {until}, gratuita</translation>
    </message>
</context>
<context>
    <name>Bill</name>
    <message>
        <source>1 free entry point</source>
        <translation>1 punto de entrada gratuito</translation>
    </message>
    <message>
        <source>1 message refused</source>
        <translation>1 mensaje rechazado</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Free entry points opened: {count}</source>
        <translation>Puntos de entrada gratuitos abiertos: {count}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>{allowance} free service conversations in {month}: {used} used</source>
        <translation>{allowance} conversaciones de servicio gratuitas en {month}; usadas: {used}</translation>
    </message>
    <message>
        <source>{count} accepted message(s) could not be decided again under this regime and are counted as free.</source>
        <translation>{count} mensaje(s) aceptado(s) no se pudieron volver a decidir con este régimen y se cuentan como gratuitos.</translation>
    </message>
    <message>
        <source>{count} conversations counted</source>
        <translation>{count} conversaciones contadas</translation>
    </message>
    <message>
        <source>{count} free entry points</source>
        <translation>{count} puntos de entrada gratuitos</translation>
    </message>
    <message>
        <source>{count} messages counted</source>
        <translation>{count} mensajes contados</translation>
    </message>
    <message>
        <source>{count} messages refused</source>
        <translation>{count} mensajes rechazados</translation>
    </message>
    <message>
        <source>{tier} ({beyond} charged beyond it)</source>
        <translation>{tier} ({beyond} con cargo después del nivel)</translation>
    </message>
</context>
<context>
    <name>BillCsv</name>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>con_cargo</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>first_day</source>
        <translation>primer_día</translation>
    </message>
    <message>
        <source>last_day</source>
        <translation>último_día</translation>
    </message>
    <message>
        <source>market</source>
        <translation>mercado</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>régimen</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
</context>
<context>
    <name>BillingDock</name>
    <message>
        <source>&amp;Compare regimes</source>
        <translation>Co&amp;mparar regímenes</translation>
    </message>
    <message>
        <source>&amp;Rate card…</source>
        <translation>&amp;Tarifario…</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Cost &amp;forecast…</source>
        <translation>&amp;Pronóstico de costos…</translation>
    </message>
    <message>
        <source>Export &amp;HTML report…</source>
        <translation>Exportar informe &amp;HTML…</translation>
    </message>
    <message>
        <source>Export bill as &amp;CSV…</source>
        <translation>Exportar factura como &amp;CSV…</translation>
    </message>
    <message>
        <source>View &amp;billing</source>
        <translation>Ver &amp;facturación</translation>
    </message>
</context>
<context>
    <name>BillingRows</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Con cargo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>June 2023</source>
        <translation>Junio de 2023</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No monthly free tier from November 2024: every service conversation is free</source>
        <translation>Sin nivel gratuito mensual desde noviembre de 2024: toda conversación de servicio es gratuita</translation>
    </message>
    <message>
        <source>No monthly free tier under per-message pricing: free-form replies, and utility templates inside the window, are free</source>
        <translation>Sin nivel gratuito mensual con precios por mensaje: las respuestas de formato libre y las plantillas de utilidad dentro de la ventana son gratuitas</translation>
    </message>
    <message>
        <source>November 2024</source>
        <translation>Noviembre de 2024</translation>
    </message>
    <message>
        <source>Per message (July 2025)</source>
        <translation>Por mensaje (julio de 2025)</translation>
    </message>
    <message>
        <source>Per message (October 2026)</source>
        <translation>Por mensaje (octubre de 2026)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{category}: {count} {unit}, {amount}</source>
        <translation>{category}: {count} {unit}, {amount}</translation>
    </message>
    <message>
        <source>{count} conversations counted, {charged} charged</source>
        <translation>{count} conversaciones contadas, {charged} con cargo</translation>
    </message>
    <message>
        <source>{count} messages counted, {charged} charged</source>
        <translation>{count} mensajes contados, {charged} con cargo</translation>
    </message>
    <message>
        <source>{regimes}: {sentence}.</source>
        <translation>{regimes}: {sentence}.</translation>
    </message>
    <message>
        <source>{regime}
amount</source>
        <translation>{regime}
importe</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>&amp;Replay the history</source>
        <translation>&amp;Reproducir el historial</translation>
    </message>
    <message>
        <source>As charged, under {regime}.</source>
        <translation>Tal como se cobró, con {regime}.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>Por mercado</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot export the bill</source>
        <translation>No se puede exportar la factura</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Elige primero un periodo.</translation>
    </message>
    <message>
        <source>Compare regimes</source>
        <translation>Comparar regímenes</translation>
    </message>
    <message>
        <source>Cost per day, by category</source>
        <translation>Costo por día, por categoría</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Exportar informe HTML</translation>
    </message>
    <message>
        <source>Export bill as CSV</source>
        <translation>Exportar factura como CSV</translation>
    </message>
    <message>
        <source>Free tier and free entry points</source>
        <translation>Nivel gratuito y puntos de entrada gratuitos</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Archivos HTML (*.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No message was refused.</source>
        <translation>No se rechazó ningún mensaje.</translation>
    </message>
    <message>
        <source>Refused messages, by reason</source>
        <translation>Mensajes rechazados, por motivo</translation>
    </message>
    <message>
        <source>Saved the bill for {period} as CSV to {path}</source>
        <translation>Se guardó la factura de {period} como CSV en {path}</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>Se guardó el informe de {period} en {path}</translation>
    </message>
    <message>
        <source>Share by category</source>
        <translation>Proporción por categoría</translation>
    </message>
    <message>
        <source>Some messages were decided under another regime, account or rate card than this workspace's now. Replaying its {count} messages shows them as {regime} would charge them.</source>
        <translation>Algunos mensajes se decidieron con otro régimen, cuenta o tarifario distinto al actual de este espacio de trabajo. Reproducir sus {count} mensajes los muestra como los cobraría {regime}.</translation>
    </message>
    <message>
        <source>The comparison replays this workspace's {count} messages under each regime (the figures below are from before the last change).</source>
        <translation>La comparación reproduce los {count} mensajes de este espacio de trabajo con cada régimen (las cifras de abajo son de antes del último cambio).</translation>
    </message>
    <message>
        <source>The comparison replays this workspace's {count} messages under each regime.</source>
        <translation>La comparación reproduce los {count} mensajes de este espacio de trabajo con cada régimen.</translation>
    </message>
    <message>
        <source>The same history replayed under each pricing regime, and under the rules in force on each message's date (auto), for {period}, with the rate card in use. This workspace's pricing: {pricing}.</source>
        <translation>El mismo historial reproducido con cada régimen de precios, y con las reglas vigentes en la fecha de cada mensaje (automático), para {period}, con el tarifario en uso. Precios de este espacio de trabajo: {pricing}.</translation>
    </message>
    <message>
        <source>Under {regime}: the history repriced with the rate card in use, because some messages were decided under another regime or other rates. As decided when they were sent, this period's messages were charged {decided}.</source>
        <translation>Con {regime}: el historial recalculado con el tarifario en uso, porque algunos mensajes se decidieron con otro régimen u otras tarifas. Tal como se decidieron al enviarse, a los mensajes de este periodo se les cobró {decided}.</translation>
    </message>
    <message>
        <source>Why the totals differ</source>
        <translation>Por qué difieren los totales</translation>
    </message>
    <message>
        <source>of the conversations</source>
        <translation>de las conversaciones</translation>
    </message>
    <message>
        <source>of the cost</source>
        <translation>del costo</translation>
    </message>
    <message>
        <source>of the messages</source>
        <translation>de los mensajes</translation>
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
    <name>Catalogue</name>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Autenticación (internacional)</translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation>Punto de entrada gratuito</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
</context>
<context>
    <name>CategoryCode</name>
    <message>
        <source>AUTHENTICATION</source>
        <translation>AUTENTICACIÓN</translation>
    </message>
    <message>
        <source>AUTHENTICATION_INTERNATIONAL</source>
        <translation>AUTENTICACIÓN INTERNACIONAL</translation>
    </message>
    <message>
        <source>FREE_ENTRY_POINT</source>
        <translation>PUNTO DE ENTRADA GRATUITO</translation>
    </message>
    <message>
        <source>MARKETING</source>
        <translation>MARKETING</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>UTILITY</source>
        <translation>UTILIDAD</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Cost per day</source>
        <translation>Costo por día</translation>
    </message>
    <message>
        <source>Cost per day, by category</source>
        <translation>Costo por día, por categoría</translation>
    </message>
    <message>
        <source>Nothing was charged in this period</source>
        <translation>No se cobró nada en este periodo</translation>
    </message>
    <message>
        <source>Nothing was opened or charged in this period</source>
        <translation>No se abrió ni se cobró nada en este periodo</translation>
    </message>
    <message>
        <source>Share of the cost</source>
        <translation>Proporción del costo</translation>
    </message>
    <message>
        <source>Share of the cost, by category</source>
        <translation>Proporción del costo, por categoría</translation>
    </message>
    <message>
        <source>{day} (nothing charged)</source>
        <translation>{day} (sin cargos)</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>(message no longer in the chat)</source>
        <translation>(el mensaje ya no está en el chat)</translation>
    </message>
    <message>
        <source>Came from a Page button</source>
        <translation>Llegó desde un botón de la página</translation>
    </message>
    <message>
        <source>Came from a click-to-WhatsApp ad</source>
        <translation>Llegó desde un anuncio de clic a WhatsApp</translation>
    </message>
    <message>
        <source>Customer service window closed</source>
        <translation>Se cerró la ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Customer service window opened</source>
        <translation>Se abrió la ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Customer service window restarted</source>
        <translation>Se reinició la ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Template {name} ({language})</source>
        <translation>Plantilla {name} ({language})</translation>
    </message>
    <message>
        <source>What the platform reports:</source>
        <translation>Lo que informa la plataforma:</translation>
    </message>
    <message>
        <source>closed {span} ago</source>
        <translation>cerró hace {span}</translation>
    </message>
    <message>
        <source>closes in {span}</source>
        <translation>cierra en {span}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>{category} conversation ended</source>
        <translation>Terminó la conversación de {category}</translation>
    </message>
    <message>
        <source>{name} opted in</source>
        <translation>{name} dio su consentimiento</translation>
    </message>
    <message>
        <source>{name} opted out</source>
        <translation>{name} se dio de baja</translation>
    </message>
    <message>
        <source>{name} resumed promotions from this business in WhatsApp</source>
        <translation>{name} reactivó en WhatsApp las promociones de esta empresa</translation>
    </message>
    <message>
        <source>{name} stopped promotions from this business in WhatsApp (marketing templates now fail; the consent ledger is unchanged)</source>
        <translation>{name} detuvo en WhatsApp las promociones de esta empresa (las plantillas de marketing ahora fallan; el registro de consentimientos no cambia)</translation>
    </message>
    <message>
        <source>{note} · closed</source>
        <translation>{note} · cerrada</translation>
    </message>
    <message>
        <source>{note} · closes in {span}</source>
        <translation>{note} · cierra en {span}</translation>
    </message>
    <message>
        <source>{sentence} ({source})</source>
        <translation>{sentence} ({source})</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Choose a customer on the left to see the conversation.</source>
        <translation>Elige un cliente a la izquierda para ver la conversación.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy the platform's pricing report</source>
        <translation>Copiar el informe de precios de la plataforma</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Real time paused: the computer's clock went back {span}, and simulated time never goes back. Play or switch Real time on again to go on</source>
        <translation>Tiempo real en pausa: el reloj de la computadora retrocedió {span} y el tiempo simulado nunca retrocede. Reproduce o vuelve a activar Tiempo real para continuar</translation>
    </message>
    <message>
        <source>simulated time only moves forward</source>
        <translation>el tiempo simulado solo avanza</translation>
    </message>
    <message>
        <source>speed must be positive, not {speed}</source>
        <translation>la velocidad debe ser positiva, no {speed}</translation>
    </message>
    <message>
        <source>switch off real time before jumping ahead</source>
        <translation>desactiva el tiempo real antes de adelantar el reloj</translation>
    </message>
    <message>
        <source>the simulated clock is ahead of real time; real time would move it backwards</source>
        <translation>el reloj simulado va por delante del tiempo real; el tiempo real lo haría retroceder</translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <source>+1 day</source>
        <translation>+1 día</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>A window or conversation ends</source>
        <translation>Termina una ventana o conversación</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Clock speed</source>
        <translation>Velocidad del reloj</translation>
    </message>
    <message>
        <source>Follow the wall clock: time runs at x1 and cannot be paused or jumped</source>
        <translation>Seguir el reloj real: el tiempo corre a x1 y no se puede pausar ni adelantar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>How fast simulated time runs: x60 is a minute a second</source>
        <translation>Qué tan rápido corre el tiempo simulado: x60 es un minuto por segundo</translation>
    </message>
    <message>
        <source>Jump one day ahead</source>
        <translation>Adelantar un día</translation>
    </message>
    <message>
        <source>Jump one hour ahead</source>
        <translation>Adelantar una hora</translation>
    </message>
    <message>
        <source>Jump the clock from {then} to now, {now}?</source>
        <translation>¿Llevar el reloj del {then} a ahora, {now}?</translation>
    </message>
    <message>
        <source>Jump to when {what}: {when} (in {span})</source>
        <translation>Ir a cuando {what}: {when} (en {span})</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Siguiente vencimiento</translation>
    </message>
    <message>
        <source>Nothing will expire: no customer service window or conversation is open</source>
        <translation>Nada vencerá: no hay ninguna ventana de atención al cliente ni conversación abierta</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>REAL TIME</source>
        <translation>TIEMPO REAL</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>Real time follows the wall clock: every window and conversation is read {span} later, and the clock cannot be paused or jumped until real time is off. Edit &gt; Undo brings the simulated time back.</source>
        <translation>El tiempo real sigue al reloj real: cada ventana y conversación se lee {span} más tarde, y el reloj no se puede pausar ni adelantar hasta desactivar el tiempo real. Edición &gt; Deshacer devuelve el tiempo simulado.</translation>
    </message>
    <message>
        <source>SIMULATED · x{speed}</source>
        <translation>SIMULADO · x{speed}</translation>
    </message>
    <message>
        <source>Start or stop the simulated clock</source>
        <translation>Iniciar o detener el reloj simulado</translation>
    </message>
    <message>
        <source>Switch to real time</source>
        <translation>Pasar a tiempo real</translation>
    </message>
    <message>
        <source>The clock did not change</source>
        <translation>El reloj no cambió</translation>
    </message>
    <message>
        <source>The workspace's simulated date and time (UTC)</source>
        <translation>La fecha y hora simuladas del espacio de trabajo (UTC)</translation>
    </message>
    <message>
        <source>{name}'s customer service window closes</source>
        <translation>Se cierra la ventana de atención al cliente de {name}</translation>
    </message>
    <message>
        <source>{name}'s {category} conversation ends</source>
        <translation>Termina la conversación de {category} de {name}</translation>
    </message>
    <message>
        <source>{what} (and {count} more)</source>
        <translation>{what} (y {count} más)</translation>
    </message>
    <message>
        <source>{what} at {when}; switch off real time to jump there</source>
        <translation>{what} el {when}; desactiva el tiempo real para ir allí</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
    <name>Comparison</name>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>1 reply</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>1 service conversation</source>
        <translation>1 conversación de servicio</translation>
    </message>
    <message>
        <source>1 template</source>
        <translation>1 plantilla</translation>
    </message>
    <message>
        <source>All four regimes charge the same for {period}: {total}</source>
        <translation>Los cuatro regímenes cobran lo mismo por {period}: {total}</translation>
    </message>
    <message>
        <source>Authentication (international) templates</source>
        <translation>Las plantillas de autenticación (internacional)</translation>
    </message>
    <message>
        <source>Authentication templates</source>
        <translation>Las plantillas de autenticación</translation>
    </message>
    <message>
        <source>Free entry point templates</source>
        <translation>Las plantillas de punto de entrada gratuito</translation>
    </message>
    <message>
        <source>Free-form replies are charged at the utility rate from October 2026 (reported), after {free} free a month: {amount} ({counted})</source>
        <translation>Las respuestas de formato libre se cobran a la tarifa de utilidad desde octubre de 2026 (según lo anunciado), después de {free} gratuitas al mes: {amount} ({counted})</translation>
    </message>
    <message>
        <source>June 2023 pricing</source>
        <translation>los precios de junio de 2023</translation>
    </message>
    <message>
        <source>Marketing templates</source>
        <translation>Las plantillas de marketing</translation>
    </message>
    <message>
        <source>November 2024 pricing</source>
        <translation>los precios de noviembre de 2024</translation>
    </message>
    <message>
        <source>October 2026 pricing</source>
        <translation>los precios de octubre de 2026</translation>
    </message>
    <message>
        <source>Other messages cost less under {after} than under {before}: {amount} ({counted})</source>
        <translation>Otros mensajes cuestan menos con {after} que con {before}: {amount} ({counted})</translation>
    </message>
    <message>
        <source>Other messages cost more under {after} than under {before}: {amount} ({counted})</source>
        <translation>Otros mensajes cuestan más con {after} que con {before}: {amount} ({counted})</translation>
    </message>
    <message>
        <source>Service conversations are free from November 2024, but the service conversation opened here was within June 2023's monthly free tier: {amount}</source>
        <translation>Las conversaciones de servicio son gratuitas desde noviembre de 2024, pero la conversación de servicio abierta aquí estaba dentro del nivel gratuito mensual de junio de 2023: {amount}</translation>
    </message>
    <message>
        <source>Service conversations are free from November 2024, but the {count} service conversations opened here were all within June 2023's monthly free tier: {amount}</source>
        <translation>Las conversaciones de servicio son gratuitas desde noviembre de 2024, pero las {count} conversaciones de servicio abiertas aquí estaban todas dentro del nivel gratuito mensual de junio de 2023: {amount}</translation>
    </message>
    <message>
        <source>Service conversations are free from November 2024: {amount} ({counted} charged under June 2023 pricing once the month's free tier was used up)</source>
        <translation>Las conversaciones de servicio son gratuitas desde noviembre de 2024: {amount} ({counted} con cargo con los precios de junio de 2023 una vez agotado el nivel gratuito del mes)</translation>
    </message>
    <message>
        <source>Service templates</source>
        <translation>Las plantillas de servicio</translation>
    </message>
    <message>
        <source>The first {free} service conversations each month were free under June 2023 pricing: {counted} here, worth {worth} at service rates</source>
        <translation>Las primeras {free} conversaciones de servicio de cada mes eran gratuitas con los precios de junio de 2023: {counted} aquí, con un valor de {worth} a tarifas de servicio</translation>
    </message>
    <message>
        <source>Utility templates inside an open window are charged from October 2026 (reported): {amount} ({counted})</source>
        <translation>Las plantillas de utilidad dentro de una ventana abierta se cobran desde octubre de 2026 (según lo anunciado): {amount} ({counted})</translation>
    </message>
    <message>
        <source>Utility templates sent inside an open window are free under per-message pricing: {amount} ({counted} that opened a charged utility conversation under November 2024 pricing)</source>
        <translation>Las plantillas de utilidad enviadas dentro de una ventana abierta son gratuitas con precios por mensaje: {amount} ({counted}, con apertura de una conversación de utilidad con cargo con los precios de noviembre de 2024)</translation>
    </message>
    <message>
        <source>Utility templates sent outside the window</source>
        <translation>Las plantillas de utilidad enviadas fuera de la ventana</translation>
    </message>
    <message>
        <source>per-message pricing</source>
        <translation>los precios por mensaje</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} mensajes</translation>
    </message>
    <message>
        <source>{count} replies</source>
        <translation>{count} respuestas</translation>
    </message>
    <message>
        <source>{count} service conversations</source>
        <translation>{count} conversaciones de servicio</translation>
    </message>
    <message>
        <source>{count} templates</source>
        <translation>{count} plantillas</translation>
    </message>
    <message>
        <source>{templates} are charged one by one under per-message pricing, not once per 24-hour conversation: {amount} ({counted} that joined an open {category} conversation for free under November 2024 pricing)</source>
        <translation>{templates} se cobran una por una con precios por mensaje, no una vez por conversación de 24 horas: {amount} ({counted}, sin cargo dentro de una conversación de {category} abierta con los precios de noviembre de 2024)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Choose template</source>
        <translation>Elegir plantilla</translation>
    </message>
    <message>
        <source>Customer sends</source>
        <translation>El cliente envía</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Mensaje directo</translation>
    </message>
    <message>
        <source>Opt in</source>
        <translation>Consentir</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Darse de baja</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lee</translation>
    </message>
    <message>
        <source>Resume promotions</source>
        <translation>Reactivar promociones</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation>Enviar una plantilla aprobada</translation>
    </message>
    <message>
        <source>Send as free-form text (Ctrl+Enter)</source>
        <translation>Enviar como texto de formato libre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Simulate customer</source>
        <translation>Simular cliente</translation>
    </message>
    <message>
        <source>Stop promotions</source>
        <translation>Detener promociones</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>The 24-hour window closed {span} ago: only an approved template can reach {name}</source>
        <translation>La ventana de 24 horas cerró hace {span}: solo una plantilla aprobada puede llegar a {name}</translation>
    </message>
    <message>
        <source>The customer opens the chat: the business's messages turn read (blue ticks)</source>
        <translation>El cliente abre el chat: los mensajes de la empresa pasan a leídos (palomitas azules)</translation>
    </message>
    <message>
        <source>The customer stops (or resumes) this business's marketing messages in WhatsApp itself: while stopped, marketing templates fail with 131050. The business's consent ledger is not changed.</source>
        <translation>El cliente detiene (o reactiva) en el propio WhatsApp los mensajes de marketing de esta empresa: mientras estén detenidos, las plantillas de marketing fallan con 131050. El registro de consentimientos de la empresa no cambia.</translation>
    </message>
    <message>
        <source>Try anyway</source>
        <translation>Intentar de todos modos</translation>
    </message>
    <message>
        <source>Type a message (Ctrl+Enter sends)</source>
        <translation>Escribe un mensaje (Ctrl+Enter lo envía)</translation>
    </message>
    <message>
        <source>Type as {name}…</source>
        <translation>Escribe como {name}…</translation>
    </message>
    <message>
        <source>Unlock the box for one message and send it: the platform refuses it with its error code, recorded as a failed send</source>
        <translation>Desbloquea el cuadro para un mensaje y lo envía: la plataforma lo rechaza con su código de error, registrado como un envío fallido</translation>
    </message>
    <message>
        <source>What sending free-form text now would do, and its cost</source>
        <translation>Qué haría enviar ahora texto de formato libre, y cuánto costaría</translation>
    </message>
    <message>
        <source>Where the customer's message comes from: a message from an ad or a Page button opens a free entry point</source>
        <translation>De dónde viene el mensaje del cliente: un mensaje desde un anuncio o un botón de la página abre un punto de entrada gratuito</translation>
    </message>
    <message>
        <source>{name} has not written yet: only an approved template can reach them</source>
        <translation>{name} aún no ha escrito: solo una plantilla aprobada puede llegar a esta persona</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>A keyword contains a NUL character</source>
        <translation>Una palabra clave contiene un carácter NUL</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
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
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Reply keyword</source>
        <translation>Palabra clave de respuesta</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>BAJA</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Formulario del sitio web</translation>
    </message>
    <message>
        <source>Yes, send me order updates and offers on WhatsApp. Reply STOP at any time to stop.</source>
        <translation>Sí, envíenme actualizaciones de mis pedidos y ofertas por WhatsApp. Respondan BAJA en cualquier momento para dejar de recibirlos.</translation>
    </message>
    <message>
        <source>{count} keywords: keep it to {limit}</source>
        <translation>{count} palabras clave: el máximo es {limit}</translation>
    </message>
    <message>
        <source>{keyword}…: keep each keyword under {limit} characters</source>
        <translation>{keyword}…: cada palabra clave debe tener menos de {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Keep the consent text under {limit} characters, without NUL characters.</source>
        <translation>El texto del consentimiento debe tener menos de {limit} caracteres, sin caracteres NUL.</translation>
    </message>
    <message>
        <source>Opt in: {name}</source>
        <translation>Consentimiento: {name}</translation>
    </message>
    <message>
        <source>Opt out: {name}</source>
        <translation>Baja: {name}</translation>
    </message>
    <message>
        <source>Record how {name} agreed to receive WhatsApp messages. The consent ledger keeps the source and the exact words.</source>
        <translation>Registra cómo {name} aceptó recibir mensajes de WhatsApp. El registro de consentimientos guarda el origen y las palabras exactas.</translation>
    </message>
    <message>
        <source>Record how {name} stopped WhatsApp messages. The consent ledger keeps the source and the exact words.</source>
        <translation>Registra cómo {name} dejó de recibir mensajes de WhatsApp. El registro de consentimientos guarda el origen y las palabras exactas.</translation>
    </message>
    <message>
        <source>Record opt-in</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar baja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>ConsentSource</name>
    <message>
        <source>QR code</source>
        <translation>código QR</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>reply keyword</source>
        <translation>palabra clave de respuesta</translation>
    </message>
    <message>
        <source>website form</source>
        <translation>formulario del sitio web</translation>
    </message>
</context>
<context>
    <name>Consequence</name>
    <message>
        <source>Charged as {code} to {name}: {price} ({market})</source>
        <translation>Se cobra como {code} a {name}: {price} ({market})</translation>
    </message>
    <message>
        <source>Free to {name}: {why}</source>
        <translation>Gratis para {name}: {why}</translation>
    </message>
    <message>
        <source>Joins the open {category} conversation: free</source>
        <translation>Se suma a la conversación abierta de {category}: gratis</translation>
    </message>
    <message>
        <source>Opens a {code} conversation with {name}: free</source>
        <translation>Abre una conversación de {code} con {name}: gratis</translation>
    </message>
    <message>
        <source>Opens a {code} conversation with {name}: {price} ({market})</source>
        <translation>Abre una conversación de {code} con {name}: {price} ({market})</translation>
    </message>
    <message>
        <source>Will be refused {code}: {reason}</source>
        <translation>Se rechazará {code}: {reason}</translation>
    </message>
    <message>
        <source>Will be refused: {reason}</source>
        <translation>Se rechazará: {reason}</translation>
    </message>
    <message>
        <source>free-form replies are free</source>
        <translation>las respuestas de formato libre son gratuitas</translation>
    </message>
    <message>
        <source>inside the free entry point's 72 hours</source>
        <translation>dentro de las 72 horas del punto de entrada gratuito</translation>
    </message>
    <message>
        <source>no charge</source>
        <translation>sin cargo</translation>
    </message>
    <message>
        <source>utility templates inside the customer service window are free</source>
        <translation>las plantillas de utilidad dentro de la ventana de atención al cliente son gratuitas</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>no WhatsApp</source>
        <translation>sin WhatsApp</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Agregar cliente</translation>
    </message>
    <message>
        <source>Ana López</source>
        <translation>Ana López</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Enter the customer's name</source>
        <translation>Escribe el nombre del cliente</translation>
    </message>
    <message>
        <source>Has WhatsApp (reachable)</source>
        <translation>Tiene WhatsApp (localizable)</translation>
    </message>
    <message>
        <source>International format: + and the country code</source>
        <translation>Formato internacional: + y el código de país</translation>
    </message>
    <message>
        <source>Messages to a number without WhatsApp are never delivered (error 131026)</source>
        <translation>Los mensajes a un número sin WhatsApp nunca se entregan (error 131026)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Opted in (agreed to receive templates)</source>
        <translation>Dio su consentimiento (aceptó recibir plantillas)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
</context>
<context>
    <name>CustomerFilter</name>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Has open {category} conversation</source>
        <translation>Con conversación de {category} abierta</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Ventana cerrada</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Ventana abierta</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Names ("ana"), country codes ("+52") or digits ("5512")</source>
        <translation>Nombres ("ana"), códigos de país ("+52") o dígitos ("5512")</translation>
    </message>
    <message>
        <source>No customer matches (of {total})</source>
        <translation>Ningún cliente coincide (de {total})</translation>
    </message>
    <message>
        <source>No customers yet: add one with Customers › New customer</source>
        <translation>Todavía no hay clientes: agrega uno con Clientes › Nuevo cliente</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Orden de la lista</translation>
    </message>
    <message>
        <source>Search name or phone (Ctrl+K)</source>
        <translation>Buscar nombre o teléfono (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show only some customers</source>
        <translation>Mostrar solo algunos clientes</translation>
    </message>
    <message>
        <source>Window closes soonest</source>
        <translation>La ventana cierra antes</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} clientes</translation>
    </message>
    <message>
        <source>{shown} of {total} customers</source>
        <translation>{shown} de {total} clientes</translation>
    </message>
</context>
<context>
    <name>CustomerRows</name>
    <message>
        <source>Customer service window closed at {until} UTC: templates only.</source>
        <translation>La ventana de atención al cliente cerró el {until} UTC: solo plantillas.</translation>
    </message>
    <message>
        <source>Customer service window open until {until} UTC.</source>
        <translation>Ventana de atención al cliente abierta hasta el {until} UTC.</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Sin mensajes todavía</translation>
    </message>
    <message>
        <source>Not sent: {text}</source>
        <translation>No enviado: {text}</translation>
    </message>
    <message>
        <source>Resumed promotions in WhatsApp</source>
        <translation>Reactivó las promociones en WhatsApp</translation>
    </message>
    <message>
        <source>Stopped promotions in WhatsApp</source>
        <translation>Detuvo las promociones en WhatsApp</translation>
    </message>
    <message>
        <source>The customer has not written yet: templates only.</source>
        <translation>El cliente aún no ha escrito: solo plantillas.</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Tú: {text}</translation>
    </message>
    <message>
        <source>closed {span} ago</source>
        <translation>cerró hace {span}</translation>
    </message>
    <message>
        <source>no window yet</source>
        <translation>sin ventana todavía</translation>
    </message>
    <message>
        <source>template {name}</source>
        <translation>plantilla {name}</translation>
    </message>
    <message>
        <source>window {span} left</source>
        <translation>ventana: quedan {span}</translation>
    </message>
    <message>
        <source>{category} conversation open until {until} UTC.</source>
        <translation>Conversación de {category} abierta hasta el {until} UTC.</translation>
    </message>
    <message>
        <source>{consent}.</source>
        <translation>{consent}.</translation>
    </message>
    <message>
        <source>{consent}. No WhatsApp account.</source>
        <translation>{consent}. Sin cuenta de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>DeliveryDelay</name>
    <message>
        <source>&amp;Delivery delay…</source>
        <translation>&amp;Retraso de entrega…</translation>
    </message>
    <message>
        <source>A business message shows one grey tick when sent and two when it reaches the customer's phone, this many simulated seconds later; they turn blue when the customer reads it. The Cloud API sends its sent, delivered and read statuses at those instants. 0 s: delivered the moment it is sent. Messages already sent keep their own delivery time.</source>
        <translation>Un mensaje de la empresa muestra una palomita gris al enviarse y dos cuando llega al teléfono del cliente, esta cantidad de segundos simulados después; se vuelven azules cuando el cliente lo lee. La Cloud API envía sus estados sent, delivered y read en esos instantes. 0 s: se entrega en el momento en que se envía. Los mensajes ya enviados conservan su propio tiempo de entrega.</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>Retraso de entrega</translation>
    </message>
    <message>
        <source>Simulated delivery delay</source>
        <translation>Retraso de entrega simulado</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Choose a customer to see their window, conversations, consent and costs.</source>
        <translation>Elige un cliente para ver su ventana, sus conversaciones, su consentimiento y sus costos.</translation>
    </message>
    <message>
        <source>Closed {span} ago</source>
        <translation>Cerró hace {span}</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation>Ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Queda</translation>
    </message>
    <message>
        <source>Market and rates</source>
        <translation>Mercado y tarifas</translation>
    </message>
    <message>
        <source>Never opened: the customer has not written</source>
        <translation>Nunca se abrió: el cliente no ha escrito</translation>
    </message>
    <message>
        <source>None yet: a conversation opens when a business message is delivered.</source>
        <translation>Ninguna todavía: una conversación se abre cuando se entrega un mensaje de la empresa.</translation>
    </message>
    <message>
        <source>Open · closes in {span}</source>
        <translation>Abierta · cierra en {span}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Dio su consentimiento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se dio de baja</translation>
    </message>
    <message>
        <source>Pricing: {regime}</source>
        <translation>Precios: {regime}</translation>
    </message>
    <message>
        <source>Promotions: {name} receives this business's marketing in WhatsApp</source>
        <translation>Promociones: {name} recibe en WhatsApp el marketing de esta empresa</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Costo acumulado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminó</translation>
    </message>
    <message>
        <source>ends in {span}</source>
        <translation>termina en {span}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>aún no abierta</translation>
    </message>
    <message>
        <source>{amount} · 1 charged message</source>
        <translation>{amount} · 1 mensaje cobrado</translation>
    </message>
    <message>
        <source>{amount} · {count} charged messages</source>
        <translation>{amount} · {count} mensajes cobrados</translation>
    </message>
    <message>
        <source>{category}: {opened} to {expires}</source>
        <translation>{category}: del {opened} al {expires}</translation>
    </message>
    <message>
        <source>{market} ({currency} · rate card {effective})</source>
        <translation>{market} ({currency} · tarifario del {effective})</translation>
    </message>
    <message>
        <source>{name} has WhatsApp: messages are delivered</source>
        <translation>{name} tiene WhatsApp: los mensajes se entregan</translation>
    </message>
    <message>
        <source>{name} has no WhatsApp account: every business message fails with {code} and nothing is charged</source>
        <translation>{name} no tiene cuenta de WhatsApp: todo mensaje de la empresa falla con {code} y no se cobra nada</translation>
    </message>
    <message>
        <source>{name} stopped promotions in WhatsApp: marketing templates fail with {code} until {name} resumes them</source>
        <translation>{name} detuvo las promociones en WhatsApp: las plantillas de marketing fallan con {code} hasta que {name} las reactive</translation>
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
    <name>ExerciseChooser</name>
    <message>
        <source>Each exercise opens its start workspace in a new file. Work the inbox, then choose Trainer › Grade exercise.</source>
        <translation>Cada ejercicio abre su espacio de trabajo inicial en un archivo nuevo. Trabaja en la bandeja de entrada y luego elige Capacitador › Calificar ejercicio.</translation>
    </message>
    <message>
        <source>Exercise file</source>
        <translation>Archivo de ejercicio</translation>
    </message>
    <message>
        <source>Exercises (*.json);;All files (*)</source>
        <translation>Ejercicios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Pista: {hint}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start exercise</source>
        <translation>Iniciar ejercicio</translation>
    </message>
    <message>
        <source>This exercise cannot be used</source>
        <translation>No se puede usar este ejercicio</translation>
    </message>
</context>
<context>
    <name>ExerciseError</name>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{file}: expected an object</source>
        <translation>{file}: se esperaba un objeto</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>{file}: over the {limit} byte limit</source>
        <translation>{file}: supera el límite de {limit} bytes</translation>
    </message>
    <message>
        <source>{file}: target.customer: no customer {id} in the workspace</source>
        <translation>{file}: target.customer: no hay ningún cliente {id} en el espacio de trabajo</translation>
    </message>
    <message>
        <source>{file}: target.template: no template {name} in the workspace</source>
        <translation>{file}: target.template: no hay ninguna plantilla {name} en el espacio de trabajo</translation>
    </message>
    <message>
        <source>{file}: target: expected customer, template (and language)</source>
        <translation>{file}: target: se esperaba customer, template (y language)</translation>
    </message>
    <message>
        <source>{file}: workspace: missing (a scenario object)</source>
        <translation>{file}: workspace: falta (un objeto de escenario)</translation>
    </message>
    <message>
        <source>{file}: {field}: unknown field</source>
        <translation>{file}: {field}: campo desconocido</translation>
    </message>
    <message>
        <source>{where}: {field}: expected a text</source>
        <translation>{where}: {field}: se esperaba un texto</translation>
    </message>
    <message>
        <source>{where}: {value} is not an amount</source>
        <translation>{where}: {value} no es un importe</translation>
    </message>
    <message>
        <source>{where}: {value} is not an amount (0 to {limit}, at most {decimals} decimals)</source>
        <translation>{where}: {value} no es un importe (de 0 a {limit}, con {decimals} decimales como máximo)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Forecast: {customers} customers messaged a day and {inbound} writing first, {days} days, {market}</source>
        <translation>Pronóstico: {customers} clientes contactados al día y {inbound} que escriben primero, {days} días, {market}</translation>
    </message>
    <message>
        <source>Forecast: {customers} customers messaged a day, {days} days, {market}</source>
        <translation>Pronóstico: {customers} clientes contactados al día, {days} días, {market}</translation>
    </message>
    <message>
        <source>the mix is empty: give each template category a share</source>
        <translation>la combinación está vacía: asigna una proporción a cada categoría de plantilla</translation>
    </message>
    <message>
        <source>the mix's shares must be 0 or more, and not all 0</source>
        <translation>las proporciones de la combinación deben ser 0 o más, y no todas 0</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Mercado</translation>
    </message>
    <message>
        <source>&amp;Reply (messaged customers)</source>
        <translation>&amp;Responden (clientes contactados)</translation>
    </message>
    <message>
        <source>&amp;Run forecast</source>
        <translation>&amp;Calcular pronóstico</translation>
    </message>
    <message>
        <source>Authentication templates</source>
        <translation>Plantillas de autenticación</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Cost forecast</source>
        <translation>Pronóstico de costos</translation>
    </message>
    <message>
        <source>Customers &amp;messaged</source>
        <translation>Clientes &amp;contactados</translation>
    </message>
    <message>
        <source>Customers &amp;writing first</source>
        <translation>Clientes que &amp;escriben primero</translation>
    </message>
    <message>
        <source>Get a &amp;follow-up utility template</source>
        <translation>Reciben una plantilla de utilidad de &amp;seguimiento</translation>
    </message>
    <message>
        <source>Marketing templates</source>
        <translation>Plantillas de marketing</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Shares are weighed against each other</source>
        <translation>Las proporciones se ponderan entre sí</translation>
    </message>
    <message>
        <source>Template mix and replies</source>
        <translation>Combinación de plantillas y respuestas</translation>
    </message>
    <message>
        <source>Under {regime}: {line}</source>
        <translation>Con {regime}: {line}</translation>
    </message>
    <message>
        <source>Utility templates</source>
        <translation>Plantillas de utilidad</translation>
    </message>
    <message>
        <source>What a month of messages would cost in one market, under each pricing regime. Nothing is sent: the plan is simulated through the same rules as the inbox.</source>
        <translation>Lo que costaría un mes de mensajes en un mercado, con cada régimen de precios. No se envía nada: el plan se simula con las mismas reglas que la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Write first from an &amp;ad</source>
        <translation>Escriben primero desde un &amp;anuncio</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>el más barato</translation>
    </message>
    <message>
        <source>the cheapest</source>
        <translation>el más barato</translation>
    </message>
    <message>
        <source>{forecast}: {period}. Cheapest: {regime}.</source>
        <translation>{forecast}: {period}. Más barato: {regime}.</translation>
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
    <name>Grading</name>
    <message>
        <source>A free-form reply inside the window would have been free (a service conversation, within the monthly free tier).</source>
        <translation>Una respuesta libre dentro de la ventana habría sido gratis (una conversación de servicio, dentro del cupo mensual gratuito).</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have been free (service conversations are free).</source>
        <translation>Una respuesta libre dentro de la ventana habría sido gratis (las conversaciones de servicio son gratis).</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have been free.</source>
        <translation>Una respuesta libre dentro de la ventana habría sido gratis.</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have been {amount}.</source>
        <translation>Una respuesta libre dentro de la ventana habría costado {amount}.</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have joined the open {category} conversation: free.</source>
        <translation>Una respuesta libre dentro de la ventana se habría sumado a la conversación de {category} abierta: gratis.</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have joined the open {category} conversation: {amount}.</source>
        <translation>Una respuesta libre dentro de la ventana se habría sumado a la conversación de {category} abierta: {amount}.</translation>
    </message>
    <message>
        <source>A template charged {cost} while {name}'s customer service window was open (until {until}).</source>
        <translation>Una plantilla cobrada a {cost} mientras la ventana de atención al cliente de {name} estaba abierta (hasta el {until}).</translation>
    </message>
    <message>
        <source>Choose an approved template in the customer's language.</source>
        <translation>Elige una plantilla aprobada en el idioma del cliente.</translation>
    </message>
    <message>
        <source>Choose another approved template: a paused one cannot be sent until its quality recovers.</source>
        <translation>Elige otra plantilla aprobada: una pausada no se puede enviar hasta que su calidad se recupere.</translation>
    </message>
    <message>
        <source>Choose another approved template: this one is disabled.</source>
        <translation>Elige otra plantilla aprobada: esta está desactivada.</translation>
    </message>
    <message>
        <source>Every business message in this workspace, checked against the rules.</source>
        <translation>Cada mensaje de la empresa en este espacio de trabajo, revisado según las reglas.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Free-form text needs an open window; {name}'s window closed at {time}.</source>
        <translation>Un mensaje libre necesita una ventana abierta; la ventana de {name} se cerró el {time}.</translation>
    </message>
    <message>
        <source>Free-form text needs an open window; {name}'s window never opened.</source>
        <translation>Un mensaje libre necesita una ventana abierta; la ventana de {name} nunca se abrió.</translation>
    </message>
    <message>
        <source>Free-form: “{text}”</source>
        <translation>Mensaje libre: «{text}»</translation>
    </message>
    <message>
        <source>Free.</source>
        <translation>Gratis.</translation>
    </message>
    <message>
        <source>Free: joined the open {category} conversation.</source>
        <translation>Gratis: se sumó a la conversación de {category} abierta.</translation>
    </message>
    <message>
        <source>Give one value per {parameter} parameter of the template.</source>
        <translation>Da un valor por cada parámetro {parameter} de la plantilla.</translation>
    </message>
    <message>
        <source>Goal: {template} to {name}</source>
        <translation>Objetivo: {template} para {name}</translation>
    </message>
    <message>
        <source>Neither the {template} template nor a free-form reply reached {name}.</source>
        <translation>Ni la plantilla {template} ni una respuesta libre le llegaron a {name}.</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>Nunca se entregó</translation>
    </message>
    <message>
        <source>No cheaper way at that moment.</source>
        <translation>No había una forma más barata en ese momento.</translation>
    </message>
    <message>
        <source>No free way: {name}'s window was closed, so only a template could reach them.</source>
        <translation>No había forma gratuita: la ventana de {name} estaba cerrada, así que solo una plantilla podía llegarle.</translation>
    </message>
    <message>
        <source>Opened a second conversation ({category}, {cost}) while {name}'s {open} conversation was open until {until}.</source>
        <translation>Abrió una segunda conversación ({category}, {cost}) mientras la conversación de {open} de {name} estaba abierta hasta el {until}.</translation>
    </message>
    <message>
        <source>Record {name}'s opt-in first (with its source and words), or wait for {name} to write: inside the window a template needs no opt-in.</source>
        <translation>Registra primero el consentimiento de {name} (con su origen y sus palabras), o espera a que {name} escriba: dentro de la ventana una plantilla no necesita consentimiento.</translation>
    </message>
    <message>
        <source>Reply to {name} free-form if the window is open; otherwise send the approved {template} template.</source>
        <translation>Responde a {name} con un mensaje libre si la ventana está abierta; si no, envía la plantilla aprobada {template}.</translation>
    </message>
    <message>
        <source>Send an approved template instead (a utility template opens a conversation at {amount} in {market}), or wait for {name} to write and reply free inside the window.</source>
        <translation>Envía en su lugar una plantilla aprobada (una plantilla de utilidad abre una conversación a {amount} en {market}), o espera a que {name} escriba y responde gratis dentro de la ventana.</translation>
    </message>
    <message>
        <source>Send {name} no promotions. A utility template, or a free-form reply inside the window, can still carry order news.</source>
        <translation>No le envíes promociones a {name}. Una plantilla de utilidad, o una respuesta libre dentro de la ventana, todavía puede llevar novedades del pedido.</translation>
    </message>
    <message>
        <source>Template {name}</source>
        <translation>Plantilla {name}</translation>
    </message>
    <message>
        <source>Template {name} ({category})</source>
        <translation>Plantilla {name} ({category})</translation>
    </message>
    <message>
        <source>The platform refused it: nothing was delivered.</source>
        <translation>La plataforma lo rechazó: no se entregó nada.</translation>
    </message>
    <message>
        <source>Workspace review</source>
        <translation>Revisión del espacio de trabajo</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>{name} got the update as a free-form message.</source>
        <translation>{name} recibió la novedad en un mensaje libre.</translation>
    </message>
    <message>
        <source>{name} got the update as the {template} template.</source>
        <translation>{name} recibió la novedad con la plantilla {template}.</translation>
    </message>
    <message>
        <source>{name} has not opted in: record an opt-in before sending a template, or wait for {name} to write and reply inside the window.</source>
        <translation>{name} no ha dado su consentimiento: registra un consentimiento antes de enviar una plantilla, o espera a que {name} escriba y responde dentro de la ventana.</translation>
    </message>
    <message>
        <source>{name} opted out: no marketing template may reach them.</source>
        <translation>{name} se dio de baja: ninguna plantilla de marketing puede llegarle.</translation>
    </message>
    <message>
        <source>{name}'s number has no WhatsApp account: check the number before sending.</source>
        <translation>El número de {name} no tiene cuenta de WhatsApp: revisa el número antes de enviar.</translation>
    </message>
</context>
<context>
    <name>GradingCsv</name>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>at</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>penalización</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
</context>
<context>
    <name>GradingReport</name>
    <message>
        <source>1 mistake</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No business messages to grade.</source>
        <translation>No hay mensajes de la empresa que calificar.</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score {score}/100 · {mistakes} · spent {spent}</source>
        <translation>Puntuación {score}/100 · {mistakes} · gastado {spent}</translation>
    </message>
    <message>
        <source>Score {score}/100 · {mistakes} · spent {spent} (the cheapest way: {best})</source>
        <translation>Puntuación {score}/100 · {mistakes} · gastado {spent} (la forma más barata: {best})</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why, and the cheaper way</source>
        <translation>Por qué, y la forma más barata</translation>
    </message>
    <message>
        <source>no mistakes</source>
        <translation>sin errores</translation>
    </message>
    <message>
        <source>{count} mistakes</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>{title}: grading report</source>
        <translation>{title}: informe de calificación</translation>
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
    <name>KeywordsDialog</name>
    <message>
        <source>A customer whose whole message is one of these words is opted out of marketing, and the consent ledger records it (source: reply keyword). One keyword per line; case does not matter.</source>
        <translation>Un cliente cuyo mensaje completo es una de estas palabras queda dado de baja del marketing, y el registro de consentimientos lo anota (origen: palabra clave de respuesta). Una palabra clave por línea; no importan mayúsculas ni minúsculas.</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Palabras clave de baja</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
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
    <name>LessonCatalogue</name>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>A lesson plays its story step by step in its own workspace, with questions for the audience; your inbox stays in its file (File › Open recent).</source>
        <translation>Una lección reproduce su historia paso a paso en su propio espacio de trabajo, con preguntas para el público; tu bandeja de entrada se queda en su archivo (Archivo › Abrir recientes).</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Leave the lesson?</source>
        <translation>¿Salir de la lección?</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lecciones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} pasos</translation>
    </message>
    <message>
        <source>“{title}” is at step {n} of {total}. Open another lesson and lose this one's progress?</source>
        <translation>«{title}» está en el paso {n} de {total}. ¿Abrir otra lección y perder el avance de esta?</translation>
    </message>
</context>
<context>
    <name>LessonCategory</name>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>free entry point</source>
        <translation>punto de entrada gratuito</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>utilidad</translation>
    </message>
</context>
<context>
    <name>LessonDates</name>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>&amp;Back one step</source>
        <translation>&amp;Retroceder un paso</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Siguiente paso</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Abrir lección…</translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation>&amp;Reiniciar lección</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Show lesson &amp;player</source>
        <translation>Mostrar el &amp;reproductor de lecciones</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Answer the question to play this step.</source>
        <translation>Responde la pregunta para reproducir este paso.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Charged in this lesson: {amount}.</source>
        <translation>Cobrado en esta lección: {amount}.</translation>
    </message>
    <message>
        <source>End of the lesson.</source>
        <translation>Fin de la lección.</translation>
    </message>
    <message>
        <source>Goals ({count})</source>
        <translation>Objetivos ({count})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>No lesson loaded. Open one to play it step by step in the inbox.</source>
        <translation>No hay ninguna lección abierta. Abre una para reproducirla paso a paso en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>Abrir lección…</translation>
    </message>
    <message>
        <source>Press Next to play the first step.</source>
        <translation>Pulsa Siguiente para reproducir el primer paso.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Right answers: {right} of {asked}.</source>
        <translation>Respuestas correctas: {right} de {asked}.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>No se puede abrir esta lección</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>✓ Right: {choice}.</source>
        <translation>✓ Correcto: {choice}.</translation>
    </message>
    <message>
        <source>✗ Not quite: the answer is {choice}.</source>
        <translation>✗ No exactamente. La respuesta correcta es: {choice}.</translation>
    </message>
</context>
<context>
    <name>LessonStep</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Charge: none</source>
        <translation>Cargo: ninguno</translation>
    </message>
    <message>
        <source>Charge: none (monthly free tier of service conversations)</source>
        <translation>Cargo: ninguno (cupo mensual gratuito de conversaciones de servicio)</translation>
    </message>
    <message>
        <source>Charge: none (service conversations are free since November 2024)</source>
        <translation>Cargo: ninguno (las conversaciones de servicio son gratis desde noviembre de 2024)</translation>
    </message>
    <message>
        <source>Charge: {amount} ({market})</source>
        <translation>Cargo: {amount} ({market})</translation>
    </message>
    <message>
        <source>Counted in the open {category} conversation</source>
        <translation>Cuenta en la conversación de {category} abierta</translation>
    </message>
    <message>
        <source>Customer service window: closed since {until}</source>
        <translation>Ventana de atención al cliente: cerrada desde el {until}</translation>
    </message>
    <message>
        <source>Customer service window: never opened</source>
        <translation>Ventana de atención al cliente: nunca se abrió</translation>
    </message>
    <message>
        <source>Customer service window: open until {until} ({left} left)</source>
        <translation>Ventana de atención al cliente: abierta hasta el {until} (quedan {left})</translation>
    </message>
    <message>
        <source>Inside a free entry point: every message is free</source>
        <translation>Dentro de un punto de entrada gratuito: todo mensaje es gratis</translation>
    </message>
    <message>
        <source>Marketing resumed in WhatsApp</source>
        <translation>Marketing reanudado en WhatsApp</translation>
    </message>
    <message>
        <source>Marketing stopped in WhatsApp</source>
        <translation>Marketing detenido en WhatsApp</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Mensaje recibido</translation>
    </message>
    <message>
        <source>Opens a {category} conversation until {until}</source>
        <translation>Abre una conversación de {category} hasta el {until}</translation>
    </message>
    <message>
        <source>Opt-in recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Baja registrada</translation>
    </message>
    <message>
        <source>Per-message pricing: counted as {category}</source>
        <translation>Precio por mensaje: cuenta como {category}</translation>
    </message>
    <message>
        <source>Refused · {code}</source>
        <translation>Rechazado · {code}</translation>
    </message>
    <message>
        <source>Template category changed</source>
        <translation>Cambió la categoría de la plantilla</translation>
    </message>
    <message>
        <source>Template status changed</source>
        <translation>Cambió el estado de la plantilla</translation>
    </message>
    <message>
        <source>The business replies to {name}: “{text}”</source>
        <translation>La empresa responde a {name}: «{text}»</translation>
    </message>
    <message>
        <source>The business sends {name} the template {template} ({locale})</source>
        <translation>La empresa envía a {name} la plantilla {template} ({locale})</translation>
    </message>
    <message>
        <source>The template {template} ({locale}) changes category</source>
        <translation>La plantilla {template} ({locale}) cambia de categoría</translation>
    </message>
    <message>
        <source>The template {template} ({locale}) changes status</source>
        <translation>La plantilla {template} ({locale}) cambia de estado</translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation>Pasó el tiempo</translation>
    </message>
    <message>
        <source>Time passes ({name})</source>
        <translation>Pasa el tiempo ({name})</translation>
    </message>
    <message>
        <source>no opt-in</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <source>{name} opts in to messages from the business</source>
        <translation>{name} acepta recibir mensajes de la empresa</translation>
    </message>
    <message>
        <source>{name} opts out of marketing messages</source>
        <translation>{name} se da de baja de los mensajes de marketing</translation>
    </message>
    <message>
        <source>{name} resumes this business's marketing messages in WhatsApp</source>
        <translation>{name} reanuda en WhatsApp los mensajes de marketing de esta empresa</translation>
    </message>
    <message>
        <source>{name} stops this business's marketing messages in WhatsApp</source>
        <translation>{name} detiene en WhatsApp los mensajes de marketing de esta empresa</translation>
    </message>
    <message>
        <source>{name} writes from a Facebook Page button: “{text}”</source>
        <translation>{name} escribe desde un botón de la página de Facebook de la empresa: «{text}»</translation>
    </message>
    <message>
        <source>{name} writes from a click-to-WhatsApp ad: “{text}”</source>
        <translation>{name} escribe desde un anuncio de clic a WhatsApp: «{text}»</translation>
    </message>
    <message>
        <source>{name} writes: “{text}”</source>
        <translation>{name} escribe: «{text}»</translation>
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
    <name>OutcomeNote</name>
    <message>
        <source>Charged as {category}: {charge} ({market})</source>
        <translation>Cobrado como {category}: {charge} ({market})</translation>
    </message>
    <message>
        <source>Counted in the open {category} conversation: no charge</source>
        <translation>Contado en la conversación abierta de {category}: sin cargo</translation>
    </message>
    <message>
        <source>Free entry point conversation opened (72 h), free</source>
        <translation>Se abrió una conversación de punto de entrada gratuito (72 h), gratis</translation>
    </message>
    <message>
        <source>Free entry point: every message is free for 72 h</source>
        <translation>Punto de entrada gratuito: todos los mensajes son gratis durante 72 h</translation>
    </message>
    <message>
        <source>Not sent ({code}): {reason}</source>
        <translation>No enviado ({code}): {reason}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <source>{label} conversation opened, charged {charge} ({market})</source>
        <translation>{label}: conversación abierta, con cargo de {charge} ({market})</translation>
    </message>
    <message>
        <source>{label} conversation opened, free</source>
        <translation>{label}: conversación abierta, gratis</translation>
    </message>
    <message>
        <source>{label} conversation opened, free (monthly free tier)</source>
        <translation>{label}: conversación abierta, gratis (nivel gratuito mensual)</translation>
    </message>
    <message>
        <source>{label} conversation opened, free (service is free since November 2024)</source>
        <translation>{label}: conversación abierta, gratis (el servicio es gratuito desde noviembre de 2024)</translation>
    </message>
    <message>
        <source>{label} message: free</source>
        <translation>Mensaje de {label}: gratis</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>This day</source>
        <translation>Este día</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>{period} (UTC)</source>
        <translation>{period} (UTC)</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Choose the first and the last day</source>
        <translation>Elige el primer y el último día</translation>
    </message>
    <message>
        <source>ISO week {week} of {year} ({first} to {last})</source>
        <translation>Semana ISO {week} de {year} ({first} al {last})</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose a last day on or after the first</source>
        <translation>El rango termina antes de empezar: elige un último día igual o posterior al primero</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} al {last}</translation>
    </message>
    <message>
        <source>{first} to {last} UTC</source>
        <translation>{first} al {last} UTC</translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <source>Enter a phone number, with + and the country code (e.g. +52 55 1234 5678)</source>
        <translation>Escribe un número de teléfono, con + y el código de país (p. ej., +52 55 1234 5678)</translation>
    </message>
    <message>
        <source>country code +{code}</source>
        <translation>el código de país +{code}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>código de país desconocido</translation>
    </message>
    <message>
        <source>{number} contains letters: use digits only, with + and the country code</source>
        <translation>{number} contiene letras: usa solo dígitos, con + y el código de país</translation>
    </message>
    <message>
        <source>{number} has no country code: start with + and the country code</source>
        <translation>{number} no tiene código de país: empieza con + y el código de país</translation>
    </message>
    <message>
        <source>{number} is not a phone number: {reason}</source>
        <translation>{number} no es un número de teléfono: {reason}</translation>
    </message>
    <message>
        <source>{number} is not a possible length for {where}</source>
        <translation>{number} no tiene una longitud posible para {where}</translation>
    </message>
    <message>
        <source>{number} is not a valid number for {where}</source>
        <translation>{number} no es un número válido para {where}</translation>
    </message>
    <message>
        <source>{number} is too long for {where}</source>
        <translation>{number} es demasiado largo para {where}</translation>
    </message>
    <message>
        <source>{number} is too short for {where}</source>
        <translation>{number} es demasiado corto para {where}</translation>
    </message>
</context>
<context>
    <name>PhoneView</name>
    <message>
        <source>Comes from an ad (click-to-WhatsApp)</source>
        <translation>Viene de un anuncio (clic a WhatsApp)</translation>
    </message>
    <message>
        <source>Customer's phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Tap: the customer answers with this button (a button reply)</source>
        <translation>Tocar: el cliente responde con este botón (una respuesta de botón)</translation>
    </message>
    <message>
        <source>The next message arrives with an ad's referral: a free entry point (for that message only)</source>
        <translation>El siguiente mensaje llega con la referencia de un anuncio: un punto de entrada gratuito (solo para ese mensaje)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Tu empresa</translation>
    </message>
    <message>
        <source>{name}'s phone</source>
        <translation>Teléfono de {name}</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Reset to bundled card</source>
        <translation>&amp;Volver al tarifario incluido</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation>1 país</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Back to the bundled rate card.</source>
        <translation>De vuelta al tarifario incluido.</translation>
    </message>
    <message>
        <source>Cannot export the rate card</source>
        <translation>No se puede exportar el tarifario</translation>
    </message>
    <message>
        <source>Double-click a rate to edit it.</source>
        <translation>Haz doble clic en una tarifa para editarla.</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Every other country</source>
        <translation>Todos los demás países</translation>
    </message>
    <message>
        <source>Export rate card</source>
        <translation>Exportar tarifario</translation>
    </message>
    <message>
        <source>Import rate card</source>
        <translation>Importar tarifario</translation>
    </message>
    <message>
        <source>Imported 1 market from {file}: new messages are priced with them.</source>
        <translation>Se importó 1 mercado de {file}: los mensajes nuevos se tarifan con él.</translation>
    </message>
    <message>
        <source>Imported {count} markets from {file}: new messages are priced with them.</source>
        <translation>Se importaron {count} mercados de {file}: los mensajes nuevos se tarifan con ellos.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Price new messages with the bundled rate card again? This workspace's own rates are forgotten; messages already sent keep what they were charged.</source>
        <translation>¿Tarifar de nuevo los mensajes nuevos con el tarifario incluido? Las tarifas propias de este espacio de trabajo se descartan; los mensajes ya enviados conservan lo que se les cobró.</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Tarifario</translation>
    </message>
    <message>
        <source>Rate card CSV (*.csv);;All files (*)</source>
        <translation>Tarifario CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Reset to the bundled rate card</source>
        <translation>Volver al tarifario incluido</translation>
    </message>
    <message>
        <source>Saved the rate card to {path}</source>
        <translation>Se guardó el tarifario en {path}</translation>
    </message>
    <message>
        <source>Saved: {change}.</source>
        <translation>Guardado: {change}.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Set by the scenario this workspace was made from; it comes before the card</source>
        <translation>Lo fija el escenario con el que se creó este espacio de trabajo; tiene prioridad sobre el tarifario</translation>
    </message>
    <message>
        <source>Shown: the card in force on {day} in {currency} (the account's currency; effective {effective}). Where no sourced figure exists the table says so rather than guess.</source>
        <translation>Se muestra: el tarifario vigente el {day} en {currency} (la moneda de la cuenta; vigencia {effective}). Donde no hay una cifra con fuente, la tabla lo dice en lugar de adivinar.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The bundled rate card ({file}: rates with their sources, by date). New messages are priced with it; messages already sent keep what they were charged.</source>
        <translation>El tarifario incluido ({file}: tarifas con sus fuentes, por fecha). Los mensajes nuevos se tarifan con él; los mensajes ya enviados conservan lo que se les cobró.</translation>
    </message>
    <message>
        <source>The first row comes from the scenario this workspace was made from and cannot be edited here.</source>
        <translation>La primera fila viene del escenario con el que se creó este espacio de trabajo y no se puede editar aquí.</translation>
    </message>
    <message>
        <source>The first {count} rows come from the scenario this workspace was made from and cannot be edited here.</source>
        <translation>Las primeras {count} filas vienen del escenario con el que se creó este espacio de trabajo y no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>The scenario this workspace was made from sets every rate, so the card's own rows are not used.</source>
        <translation>El escenario con el que se creó este espacio de trabajo fija todas las tarifas, así que no se usan las filas propias del tarifario.</translation>
    </message>
    <message>
        <source>This rate card cannot be imported</source>
        <translation>No se puede importar este tarifario</translation>
    </message>
    <message>
        <source>This workspace's own rate card (imported or edited). New messages are priced with it; messages already sent keep what they were charged.</source>
        <translation>El tarifario propio de este espacio de trabajo (importado o editado). Los mensajes nuevos se tarifan con él; los mensajes ya enviados conservan lo que se les cobró.</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>no sourced figure for {market} {category} in {currency} on {day}</source>
        <translation>sin cifra documentada para {market} {category} en {currency} el {day}</translation>
    </message>
    <message>
        <source>no sourced figure: service is free from 2024-11-01 and the cards print none</source>
        <translation>sin cifra documentada: el servicio es gratuito desde el 2024-11-01 y los tarifarios no publican ninguna</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>en una fecha desconocida</translation>
    </message>
    <message>
        <source>{category} rate, per conversation (per message under per-message pricing). Double-click a rate to edit it.</source>
        <translation>Tarifa de {category}, por conversación (por mensaje con precios por mensaje). Haz doble clic en una tarifa para editarla.</translation>
    </message>
    <message>
        <source>{count} countries</source>
        <translation>{count} países</translation>
    </message>
    <message>
        <source>{file}, {reason}

The rate card in use has not changed.</source>
        <translation>{file}, {reason}

El tarifario en uso no cambió.</translation>
    </message>
    <message>
        <source>{file}: {reason}

The rate card in use has not changed.</source>
        <translation>{file}: {reason}

El tarifario en uso no cambió.</translation>
    </message>
    <message>
        <source>{market} by date ({currency}): every dated rate, newest first</source>
        <translation>{market} por fecha ({currency}): todas las tarifas con fecha, la más reciente primero</translation>
    </message>
    <message>
        <source>{market}, {category} rate</source>
        <translation>{market}, tarifa de {category}</translation>
    </message>
    <message>
        <source>{market}, {category}: {rate} from the next message</source>
        <translation>{market}, {category}: {rate} desde el próximo mensaje</translation>
    </message>
    <message>
        <source>{reason}. The rate was not changed.</source>
        <translation>{reason}. La tarifa no cambió.</translation>
    </message>
    <message>
        <source>{reason}: the dialog shows none rather than a guess</source>
        <translation>{reason}: el diálogo no muestra ninguna en lugar de adivinar</translation>
    </message>
    <message>
        <source>{where}: enter a rate such as 0.0250</source>
        <translation>{where}: escribe una tarifa como 0.0250</translation>
    </message>
</context>
<context>
    <name>RateCardCheck</name>
    <message>
        <source>line 1: missing column(s) {columns}</source>
        <translation>línea 1: falta(n) la(s) columna(s) {columns}</translation>
    </message>
    <message>
        <source>line 1: unknown column(s) {unknown}; the columns are {columns}</source>
        <translation>línea 1: columna(s) desconocida(s) {unknown}; las columnas son {columns}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>line {line}: more values than the {count} columns</source>
        <translation>línea {line}: más valores que las {count} columnas</translation>
    </message>
    <message>
        <source>line {line}: more values than the {count} columns (a comma too many, or a value needing quotes?)</source>
        <translation>línea {line}: más valores que las {count} columnas (¿una coma de más, o un valor que necesita comillas?)</translation>
    </message>
    <message>
        <source>line {line}: region and market must not be empty</source>
        <translation>línea {line}: la región y el mercado no pueden estar vacíos</translation>
    </message>
    <message>
        <source>market {market}, effective</source>
        <translation>mercado {market}, vigencia</translation>
    </message>
    <message>
        <source>not a readable CSV file ({error})</source>
        <translation>no es un archivo CSV legible ({error})</translation>
    </message>
    <message>
        <source>the file is {length} characters, over the {limit} limit</source>
        <translation>el archivo tiene {length} caracteres, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>the rate card has no row for {region}</source>
        <translation>el tarifario no tiene una fila para {region}</translation>
    </message>
    <message>
        <source>the rate card has no rows</source>
        <translation>el tarifario no tiene filas</translation>
    </message>
    <message>
        <source>the rate card is {length} characters, over the {limit} limit</source>
        <translation>el tarifario tiene {length} caracteres, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>región desconocida</translation>
    </message>
    <message>
        <source>{market} {category} in {currency} from {day}</source>
        <translation>{market} {category} en {currency} desde el {day}</translation>
    </message>
    <message>
        <source>{where}: a row without a rate (no sourced figure) cannot have volume bands</source>
        <translation>{where}: una fila sin tarifa (sin cifra documentada) no puede tener niveles de volumen</translation>
    </message>
    <message>
        <source>{where}: empty</source>
        <translation>{where}: vacía</translation>
    </message>
    <message>
        <source>{where}: expected a decimal string, got {value}</source>
        <translation>{where}: se esperaba un texto decimal y se recibió {value}</translation>
    </message>
    <message>
        <source>{where}: the volume bands must start at message 1, each from a different number</source>
        <translation>{where}: los niveles de volumen deben empezar en el mensaje 1, cada uno desde un número distinto</translation>
    </message>
    <message>
        <source>{where}: {value} appears twice</source>
        <translation>{where}: {value} aparece dos veces</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{where}: {value} is not a decimal amount</source>
        <translation>{where}: {value} no es un importe decimal</translation>
    </message>
    <message>
        <source>{where}: {value} is not a message number (1, ...)</source>
        <translation>{where}: {value} no es un número de mensaje (1, ...)</translation>
    </message>
    <message>
        <source>{where}: {value} is not a non-negative amount</source>
        <translation>{where}: {value} no es un importe no negativo</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of the {count} billing currencies</source>
        <translation>{where}: {value} no es una de las {count} monedas de facturación</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {values}</source>
        <translation>{where}: {value} no es uno de {values}</translation>
    </message>
    <message>
        <source>{where}: {value} is not yes or no</source>
        <translation>{where}: {value} no es yes ni no</translation>
    </message>
    <message>
        <source>{where}: {value} is over {limit}, more than any rate</source>
        <translation>{where}: {value} supera {limit}, más que cualquier tarifa</translation>
    </message>
</context>
<context>
    <name>RateHistory</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>From message</source>
        <translation>Desde el mensaje</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>sin fuente registrada</translation>
    </message>
    <message>
        <source>no sourced figure</source>
        <translation>sin cifra con fuente</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
</context>
<context>
    <name>RateImport</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Vigente desde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import rate card</source>
        <translation>Importar tarifario</translation>
    </message>
    <message>
        <source>Import {file}. Rows that name their own effective date and currency keep them; the others apply from the date and in the currency below. Columns: {columns}.</source>
        <translation>Importar {file}. Las filas que indican su propia fecha de vigencia y moneda las conservan; las demás se aplican desde la fecha y en la moneda de abajo. Columnas: {columns}.</translation>
    </message>
    <message>
        <source>The account is billed in {account}: rates in {currency} price nothing until Settings &gt; Business account uses that currency (amounts are never converted).</source>
        <translation>La cuenta se factura en {account}: las tarifas en {currency} no tarifan nada hasta que Configuración &gt; Cuenta de empresa use esa moneda (los importes nunca se convierten).</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>No opt-in: a business-initiated template needs the customer's consent</source>
        <translation>Sin consentimiento: una plantilla iniciada por la empresa necesita el consentimiento del cliente</translation>
    </message>
    <message>
        <source>Parameter {index} contains a new line, a tab or more than {spaces} spaces in a row</source>
        <translation>El parámetro {index} contiene un salto de línea, una tabulación o más de {spaces} espacios seguidos</translation>
    </message>
    <message>
        <source>Parameter {index} is empty</source>
        <translation>El parámetro {index} está vacío</translation>
    </message>
    <message>
        <source>The customer has chosen to stop receiving marketing messages</source>
        <translation>El cliente eligió dejar de recibir mensajes de marketing</translation>
    </message>
    <message>
        <source>The customer has chosen to stop receiving marketing messages from this business in WhatsApp</source>
        <translation>El cliente eligió en WhatsApp dejar de recibir mensajes de marketing de esta empresa</translation>
    </message>
    <message>
        <source>marketing templates to US numbers are paused since 1 April 2025</source>
        <translation>las plantillas de marketing a números de Estados Unidos están en pausa desde el 1 de abril de 2025</translation>
    </message>
    <message>
        <source>more than 24 hours have passed since the customer last replied</source>
        <translation>pasaron más de 24 horas desde la última respuesta del cliente</translation>
    </message>
    <message>
        <source>no template {name} in {language}</source>
        <translation>no hay ninguna plantilla {name} en {language}</translation>
    </message>
    <message>
        <source>the body renders to {length} characters, over {limit}</source>
        <translation>el cuerpo queda con {length} caracteres, más de {limit}</translation>
    </message>
    <message>
        <source>the customer reached the (simulated) marketing limit for 24 hours</source>
        <translation>el cliente alcanzó el límite (simulado) de marketing de 24 horas</translation>
    </message>
    <message>
        <source>the number has no WhatsApp account</source>
        <translation>el número no tiene cuenta de WhatsApp</translation>
    </message>
    <message>
        <source>{name} is pending, not approved</source>
        <translation>{name} está pendiente, no aprobada</translation>
    </message>
    <message>
        <source>{name} is rejected, not approved</source>
        <translation>{name} fue rechazada, no aprobada</translation>
    </message>
    <message>
        <source>{name} takes {expected}, {given} given</source>
        <translation>{name} lleva {expected}, se dieron {given}</translation>
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
    <name>RefusalReason</name>
    <message>
        <source>Customer stopped marketing</source>
        <translation>El cliente detuvo el marketing</translation>
    </message>
    <message>
        <source>Marketing limit (simulated)</source>
        <translation>Límite de marketing (simulado)</translation>
    </message>
    <message>
        <source>No opt-in</source>
        <translation>Sin aceptación</translation>
    </message>
    <message>
        <source>Opted out of marketing</source>
        <translation>Se dio de baja del marketing</translation>
    </message>
    <message>
        <source>Outside the 24-hour window</source>
        <translation>Fuera de la ventana de 24 horas</translation>
    </message>
    <message>
        <source>Template disabled</source>
        <translation>Plantilla desactivada</translation>
    </message>
    <message>
        <source>Template not approved</source>
        <translation>Plantilla no aprobada</translation>
    </message>
    <message>
        <source>Template not found</source>
        <translation>Plantilla no encontrada</translation>
    </message>
    <message>
        <source>Template paused</source>
        <translation>Plantilla en pausa</translation>
    </message>
    <message>
        <source>US marketing paused</source>
        <translation>Marketing a EE. UU. en pausa</translation>
    </message>
    <message>
        <source>Undeliverable (no WhatsApp)</source>
        <translation>No entregable (sin WhatsApp)</translation>
    </message>
    <message>
        <source>Wrong parameters</source>
        <translation>Parámetros incorrectos</translation>
    </message>
</context>
<context>
    <name>RegimeCard</name>
    <message>
        <source>the same as {regime}</source>
        <translation>lo mismo que {regime}</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>este espacio de trabajo</translation>
    </message>
    <message>
        <source>this workspace's regime</source>
        <translation>el régimen de este espacio de trabajo</translation>
    </message>
    <message>
        <source>{difference} against {regime}</source>
        <translation>{difference} en comparación con {regime}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amounts in {currency}, rounded for reading; the CSV export keeps them exact to four decimal places.</source>
        <translation>Importes en {currency}, redondeados para leerlos; la exportación CSV los conserva exactos con cuatro decimales.</translation>
    </message>
    <message>
        <source>Bill for {period} (UTC, {first} to {last}) - {regime}, as charged</source>
        <translation>Factura de {period} (UTC, del {first} al {last}) - {regime}, tal como se cobró</translation>
    </message>
    <message>
        <source>Bill for {period} (UTC, {first} to {last}) - {regime}, repriced</source>
        <translation>Factura de {period} (UTC, del {first} al {last}) - {regime}, recalculada</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>Por mercado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Con cargo</translation>
    </message>
    <message>
        <source>Cost per day, by category</source>
        <translation>Costo por día, por categoría</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customers who cost the most</source>
        <translation>Clientes que más costaron</translation>
    </message>
    <message>
        <source>Free tier, free entry points and refusals</source>
        <translation>Nivel gratuito, puntos de entrada gratuitos y rechazos</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Nothing was opened or charged.</source>
        <translation>No se abrió ni se cobró nada.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Refused, {reason} ({code}): {count}</source>
        <translation>Rechazados, {reason} ({code}): {count}</translation>
    </message>
    <message>
        <source>Refused, {reason}: {count}</source>
        <translation>Rechazados, {reason}: {count}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Share of the cost, by category</source>
        <translation>Proporción del costo, por categoría</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The same history under each pricing regime</source>
        <translation>El mismo historial con cada régimen de precios</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>waboard workspace</source>
        <translation>Espacio de trabajo de waboard</translation>
    </message>
    <message>
        <source>{title}: bill for {period}</source>
        <translation>{title}: factura de {period}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>1 mistake, {points} points off · spent {amount}</source>
        <translation>1 error, {points} puntos menos · gastado {amount}</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exportar HTML…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Goal not met</source>
        <translation>Objetivo no cumplido</translation>
    </message>
    <message>
        <source>Grading report: {title}</source>
        <translation>Informe de calificación: {title}</translation>
    </message>
    <message>
        <source>The cheapest way costs {amount}</source>
        <translation>La forma más barata cuesta {amount}</translation>
    </message>
    <message>
        <source>{count} mistakes, {points} points off · spent {amount}</source>
        <translation>{count} errores, {points} puntos menos · gastado {amount}</translation>
    </message>
</context>
<context>
    <name>Rewind</name>
    <message>
        <source>, and {count} more</source>
        <translation>, y {count} más</translation>
    </message>
    <message>
        <source>1 action after it will be removed: {names}.</source>
        <translation>Se quitará 1 acción posterior: {names}.</translation>
    </message>
    <message>
        <source>A bookmark “Before rewind” is made first: Edit &gt; Bookmarks… returns to where you are now.</source>
        <translation>Antes se crea un marcador “Before rewind”: Edición &gt; Marcadores… vuelve a donde estás ahora.</translation>
    </message>
    <message>
        <source>Cannot go back there</source>
        <translation>No se puede volver allí</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Go back in time</source>
        <translation>Volver en el tiempo</translation>
    </message>
    <message>
        <source>Go back to {when}?</source>
        <translation>¿Volver al {when}?</translation>
    </message>
    <message>
        <source>No action was made after it: only the clock goes back.</source>
        <translation>No se hizo ninguna acción después: solo el reloj vuelve atrás.</translation>
    </message>
    <message>
        <source>{count} actions after it will be removed: {names}.</source>
        <translation>Se quitarán {count} acciones posteriores: {names}.</translation>
    </message>
</context>
<context>
    <name>RuleCrossing</name>
    <message>
        <source>({count} earlier changes: see Help &gt; Rules by date)</source>
        <translation>({count} cambios anteriores: consulta Ayuda &gt; Reglas por fecha)</translation>
    </message>
    <message>
        <source>The clock crossed a change of the rules:</source>
        <translation>El reloj pasó por un cambio de las reglas:</translation>
    </message>
</context>
<context>
    <name>RuleNotes</name>
    <message>
        <source>From {day} free-form replies cost {prices} after {free} a month, and utility templates inside the window are charged too</source>
        <translation>Desde el {day}, las respuestas de formato libre cuestan {prices} después de {free} al mes, y las plantillas de utilidad dentro de la ventana también se cobran</translation>
    </message>
    <message>
        <source>From {day} {market}'s rates change: {changes}</source>
        <translation>Desde el {day} cambian las tarifas de {market}: {changes}</translation>
    </message>
    <message>
        <source>From {day} {region} numbers are priced as {market} (until then {before})</source>
        <translation>Desde el {day}, los números de {region} tienen el precio de {market} (hasta entonces, {before})</translation>
    </message>
    <message>
        <source>From {day}: {meaning}</source>
        <translation>Desde el {day}: {meaning}</translation>
    </message>
    <message>
        <source>and 1 more market's utility rate</source>
        <translation>y la tarifa de utilidad de 1 mercado más</translation>
    </message>
    <message>
        <source>and {count} more markets' utility rates</source>
        <translation>y las tarifas de utilidad de {count} mercados más</translation>
    </message>
    <message>
        <source>no sourced figure</source>
        <translation>sin cifra documentada</translation>
    </message>
    <message>
        <source>the market's utility rate</source>
        <translation>la tarifa de utilidad del mercado</translation>
    </message>
    <message>
        <source>{category} {before} → {after}</source>
        <translation>{category} {before} → {after}</translation>
    </message>
    <message>
        <source>{market}'s utility rate (no sourced figure)</source>
        <translation>la tarifa de utilidad de {market} (sin cifra documentada)</translation>
    </message>
    <message>
        <source>{price} in {market}</source>
        <translation>{price} en {market}</translation>
    </message>
</context>
<context>
    <name>RuleSentences</name>
    <message>
        <source>A customer message opens, or restarts, the 24-hour customer service window.</source>
        <translation>Un mensaje del cliente abre, o reinicia, la ventana de atención al cliente de 24 horas.</translation>
    </message>
    <message>
        <source>A customer who opted out receives no marketing template at all.</source>
        <translation>Un cliente que se dio de baja no recibe ninguna plantilla de marketing.</translation>
    </message>
    <message>
        <source>A customer who resumes promotions in WhatsApp receives marketing templates again.</source>
        <translation>Un cliente que reactiva las promociones en WhatsApp vuelve a recibir plantillas de marketing.</translation>
    </message>
    <message>
        <source>A customer who stops a business's promotions in WhatsApp receives no marketing template from it (131050); the consent ledger is unchanged.</source>
        <translation>Un cliente que detiene en WhatsApp las promociones de una empresa no recibe plantillas de marketing de ella (131050); el registro de consentimientos no cambia.</translation>
    </message>
    <message>
        <source>A disabled template can no longer be sent.</source>
        <translation>Una plantilla desactivada ya no se puede enviar.</translation>
    </message>
    <message>
        <source>A free-form reply joins the earliest open conversation of any category at no charge.</source>
        <translation>Una respuesta de formato libre se suma sin cargo a la conversación abierta más antigua, de cualquier categoría.</translation>
    </message>
    <message>
        <source>A free-form reply with no conversation open opens a 24-hour service conversation.</source>
        <translation>Una respuesta de formato libre sin conversación abierta abre una conversación de servicio de 24 horas.</translation>
    </message>
    <message>
        <source>A message from an ad or a Page button opens the customer service window and makes the business's first reply a free entry point.</source>
        <translation>Un mensaje desde un anuncio o un botón de la página abre la ventana de atención al cliente y convierte la primera respuesta de la empresa en un punto de entrada gratuito.</translation>
    </message>
    <message>
        <source>A paused template cannot be sent until its quality recovers.</source>
        <translation>Una plantilla en pausa no se puede enviar hasta que su calidad se recupere.</translation>
    </message>
    <message>
        <source>A template joins the open conversation of its own category at no charge.</source>
        <translation>Una plantilla se suma sin cargo a la conversación abierta de su propia categoría.</translation>
    </message>
    <message>
        <source>A template needs exactly one value per {{n}} parameter, and its body must stay within 1,024 characters.</source>
        <translation>Una plantilla necesita exactamente un valor por cada parámetro {{n}}, y su cuerpo no debe pasar de 1,024 caracteres.</translation>
    </message>
    <message>
        <source>A template opens a 24-hour conversation of its category when none of that category is open.</source>
        <translation>Una plantilla abre una conversación de 24 horas de su categoría cuando no hay ninguna abierta de esa categoría.</translation>
    </message>
    <message>
        <source>A template sent outside the customer service window needs the customer's opt-in.</source>
        <translation>Una plantilla enviada fuera de la ventana de atención al cliente necesita el consentimiento del cliente.</translation>
    </message>
    <message>
        <source>After an ad or Page button, the business's first reply opens a free 72-hour entry point in which every message is free.</source>
        <translation>Después de un anuncio o un botón de la página, la primera respuesta de la empresa abre un punto de entrada gratuito de 72 horas en el que todos los mensajes son gratis.</translation>
    </message>
    <message>
        <source>After an opt-out no marketing template may be sent to the customer.</source>
        <translation>Después de una baja no se puede enviar ninguna plantilla de marketing al cliente.</translation>
    </message>
    <message>
        <source>Free-form messages can only be sent within 24 hours of the customer's last message; after that only a template can reach them.</source>
        <translation>Los mensajes de formato libre solo se pueden enviar dentro de las 24 horas posteriores al último mensaje del cliente; después, solo una plantilla puede llegarle.</translation>
    </message>
    <message>
        <source>Messages to a number without a WhatsApp account are never delivered, so nothing opens and nothing is charged.</source>
        <translation>Los mensajes a un número sin cuenta de WhatsApp nunca se entregan: no se abre nada y no se cobra nada.</translation>
    </message>
    <message>
        <source>Meta caps how many marketing templates one person receives; this workspace simulates the cap as a limit per rolling 24 hours.</source>
        <translation>Meta limita cuántas plantillas de marketing recibe una persona; este espacio de trabajo simula ese tope como un límite por cada 24 horas móviles.</translation>
    </message>
    <message>
        <source>Only approved templates can be sent; pending and rejected ones do not exist for the platform.</source>
        <translation>Solo se pueden enviar plantillas aprobadas; para la plataforma, las pendientes y las rechazadas no existen.</translation>
    </message>
    <message>
        <source>Only templates registered in this name and language can be sent.</source>
        <translation>Solo se pueden enviar plantillas registradas con este nombre y en este idioma.</translation>
    </message>
    <message>
        <source>Only time passes.</source>
        <translation>Solo pasa el tiempo.</translation>
    </message>
    <message>
        <source>Per-message pricing charges every delivered template of this category.</source>
        <translation>Los precios por mensaje cobran cada plantilla entregada de esta categoría.</translation>
    </message>
    <message>
        <source>Per-message pricing: free-form replies, and utility templates inside the window, are free.</source>
        <translation>Precios por mensaje: las respuestas de formato libre, y las plantillas de utilidad dentro de la ventana, son gratuitas.</translation>
    </message>
    <message>
        <source>Since 1 April 2025 Meta does not deliver marketing templates to United States numbers.</source>
        <translation>Desde el 1 de abril de 2025, Meta no entrega plantillas de marketing a números de Estados Unidos.</translation>
    </message>
    <message>
        <source>The customer stopped this business's marketing messages in WhatsApp itself; other templates still reach them.</source>
        <translation>El cliente detuvo en el propio WhatsApp los mensajes de marketing de esta empresa; las demás plantillas todavía le llegan.</translation>
    </message>
    <message>
        <source>With an opt-in, templates may reach the customer outside the window.</source>
        <translation>Con el consentimiento, las plantillas pueden llegar al cliente fuera de la ventana.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A utility conversation opened before 1 July 2025 and still open after it: utility templates sent into it while it is open are free and attributed to it; when it closes, per-message pricing applies.</source>
        <translation>Una conversación de utilidad abierta antes del 1 de julio de 2025 y todavía abierta después: las plantillas de utilidad enviadas en ella mientras sigue abierta son gratuitas y se le atribuyen; cuando se cierra, se aplican los precios por mensaje.</translation>
    </message>
    <message>
        <source>Bangladesh, Iraq, Nepal, Sri Lanka, Kazakhstan, Kuwait, Morocco, Oman and Ukraine get their own rates, each with an authentication-international rate.</source>
        <translation>Bangladés, Irak, Nepal, Sri Lanka, Kazajistán, Kuwait, Marruecos, Omán y Ucrania obtienen tarifas propias, cada uno con una tarifa de autenticación internacional.</translation>
    </message>
    <message>
        <source>Brazil may be billed in BRL</source>
        <translation>Brasil puede facturarse en BRL</translation>
    </message>
    <message>
        <source>Businesses in Brazil can be billed in Brazilian reais.</source>
        <translation>A las empresas de Brasil se les puede facturar en reales brasileños.</translation>
    </message>
    <message>
        <source>Businesses in India can be billed in Indian rupees (required from 1 January 2027).</source>
        <translation>A las empresas de India se les puede facturar en rupias indias (obligatorio desde el 1 de enero de 2027).</translation>
    </message>
    <message>
        <source>Colombia utility and authentication up; Mexico marketing down; UAE marketing up; Argentina, Egypt and Saudi Arabia utility and authentication down.</source>
        <translation>Colombia: suben utilidad y autenticación; México: baja marketing; EAU: sube marketing; Argentina, Egipto y Arabia Saudita: bajan utilidad y autenticación.</translation>
    </message>
    <message>
        <source>Conversation pricing (June 2023)</source>
        <translation>Precios por conversación (junio de 2023)</translation>
    </message>
    <message>
        <source>Conversation pricing, free service (November 2024)</source>
        <translation>Precios por conversación, servicio gratuito (noviembre de 2024)</translation>
    </message>
    <message>
        <source>Conversations of four categories last 24 hours and are charged when opened; the first 1,000 service conversations a month are free.</source>
        <translation>Las conversaciones de cuatro categorías duran 24 horas y se cobran al abrirse; las primeras 1,000 conversaciones de servicio del mes son gratuitas.</translation>
    </message>
    <message>
        <source>Each delivered template is charged instead of each conversation; free-form replies and utility templates inside the customer service window are free; utility and authentication get volume tiers.</source>
        <translation>Se cobra cada plantilla entregada en lugar de cada conversación; las respuestas de formato libre y las plantillas de utilidad dentro de la ventana de atención al cliente son gratuitas; utilidad y autenticación tienen niveles de volumen.</translation>
    </message>
    <message>
        <source>Eight more billing currencies</source>
        <translation>Ocho monedas de facturación más</translation>
    </message>
    <message>
        <source>Free-form replies are charged at the market's utility rate after 1,000 free a month per business phone number, and utility templates are charged inside the window too.</source>
        <translation>Las respuestas de formato libre se cobran a la tarifa de utilidad del mercado después de 1,000 gratuitas al mes por número de teléfono de la empresa, y las plantillas de utilidad también se cobran dentro de la ventana.</translation>
    </message>
    <message>
        <source>Hong Kong, Hungary, Poland, Qatar, Romania and Singapore get their own rates instead of their regional group's.</source>
        <translation>Hong Kong, Hungría, Polonia, Catar, Rumania y Singapur obtienen tarifas propias en lugar de las de su grupo regional.</translation>
    </message>
    <message>
        <source>India marketing up; France and Egypt marketing down; North America utility and authentication down.</source>
        <translation>India: sube marketing; Francia y Egipto: baja marketing; Norteamérica: bajan utilidad y autenticación.</translation>
    </message>
    <message>
        <source>India may be billed in INR</source>
        <translation>India puede facturarse en INR</translation>
    </message>
    <message>
        <source>Italy, Spain and United Kingdom marketing up.</source>
        <translation>Italia, España y Reino Unido: sube marketing.</translation>
    </message>
    <message>
        <source>Marketing templates to United States numbers are not delivered (error 131049); Canada and the other +1 regions are not affected.</source>
        <translation>Las plantillas de marketing a números de Estados Unidos no se entregan (error 131049); Canadá y las demás regiones +1 no se ven afectadas.</translation>
    </message>
    <message>
        <source>Marketing to US numbers paused</source>
        <translation>Marketing a números de EE. UU. en pausa</translation>
    </message>
    <message>
        <source>Messages to Zimbabwe are priced at the Rest of Africa rates.</source>
        <translation>Los mensajes a Zimbabue tienen las tarifas de Resto de África.</translation>
    </message>
    <message>
        <source>Nine new standalone markets</source>
        <translation>Nueve mercados propios nuevos</translation>
    </message>
    <message>
        <source>Per-message pricing (July 2025)</source>
        <translation>Precios por mensaje (julio de 2025)</translation>
    </message>
    <message>
        <source>Per-message pricing, charged replies (October 2026)</source>
        <translation>Precios por mensaje, respuestas con cargo (octubre de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (April 2026)</source>
        <translation>Cambios trimestrales de tarifas (abril de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (January 2026)</source>
        <translation>Cambios trimestrales de tarifas (enero de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (July 2026)</source>
        <translation>Cambios trimestrales de tarifas (julio de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (October 2025)</source>
        <translation>Cambios trimestrales de tarifas (octubre de 2025)</translation>
    </message>
    <message>
        <source>Rate cards are published in 16 currencies; a business account is billed in one, and amounts are never converted between them.</source>
        <translation>Los tarifarios se publican en 16 monedas; a una cuenta de empresa se le factura en una, y los importes nunca se convierten entre ellas.</translation>
    </message>
    <message>
        <source>Saudi Arabia marketing up; India authentication-international up; Pakistan utility and authentication up; Turkey down.</source>
        <translation>Arabia Saudita: sube marketing; India: sube autenticación internacional; Pakistán: suben utilidad y autenticación; Turquía: bajan.</translation>
    </message>
    <message>
        <source>Service conversations are free and the 1,000 free tier is gone.</source>
        <translation>Las conversaciones de servicio son gratuitas y desaparece el nivel gratuito de 1,000.</translation>
    </message>
    <message>
        <source>Six new standalone markets</source>
        <translation>Seis mercados propios nuevos</translation>
    </message>
    <message>
        <source>The rules in force on each message's date (auto)</source>
        <translation>Las reglas vigentes en la fecha de cada mensaje (auto)</translation>
    </message>
    <message>
        <source>Zimbabwe moves to Rest of Africa</source>
        <translation>Zimbabue pasa a Resto de África</translation>
    </message>
    <message>
        <source>[Meta]</source>
        <translation>[Meta]</translation>
    </message>
    <message>
        <source>[reported]</source>
        <translation>[reportado]</translation>
    </message>
    <message>
        <source>{choice} is not a pricing regime (one of {known})</source>
        <translation>{choice} no es un modelo de precios (uno de {known})</translation>
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
        <translation>[reportado]: la página de Meta de "próximas actualizaciones de precios" tal como la citan varios proveedores, no leída en el sitio de Meta. [Meta]: las páginas de precios de la propia Meta.</translation>
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
    <name>ScenarioLoader</name>
    <message>
        <source>steps: missing or empty; a scenario needs at least one step (a "wait" step plays only time)</source>
        <translation>steps: falta o está vacío; un escenario necesita al menos un paso (un paso "wait" solo hace pasar el tiempo)</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({problem})</source>
        <translation>{file}: no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>{file}: nested too deeply (over {limit} levels)</source>
        <translation>{file}: anidado demasiado profundo (más de {limit} niveles)</translation>
    </message>
    <message>
        <source>{file}: nested too deeply to be read</source>
        <translation>{file}: anidado demasiado profundo para leerse</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte 0x{byte} at offset {offset})</source>
        <translation>{file}: no es texto UTF-8 (byte 0x{byte} en la posición {offset})</translation>
    </message>
    <message>
        <source>{file}: not valid JSON ({problem} at line {line}, column {column})</source>
        <translation>{file}: no es JSON válido ({problem} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>{file}: {size} bytes, over the {limit} limit</source>
        <translation>{file}: {size} bytes, más que el límite de {limit}</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>The delivery delay must be 0 to {limit} seconds, not {seconds}</source>
        <translation>La demora de entrega debe ser de 0 a {limit} segundos, no {seconds}</translation>
    </message>
    <message>
        <source>a template parameter contains a NUL character</source>
        <translation>un parámetro de la plantilla contiene un carácter NUL</translation>
    </message>
    <message>
        <source>a template's category is marketing, utility or authentication</source>
        <translation>la categoría de una plantilla es marketing, utilidad o autenticación</translation>
    </message>
    <message>
        <source>no message delivered to this customer has the id {id}</source>
        <translation>ningún mensaje entregado a este cliente tiene el id {id}</translation>
    </message>
    <message>
        <source>no template {name} in {language}</source>
        <translation>no hay ninguna plantilla {name} en {language}</translation>
    </message>
    <message>
        <source>template parameters must be text</source>
        <translation>los parámetros de la plantilla deben ser texto</translation>
    </message>
    <message>
        <source>that message has not reached the customer's phone yet</source>
        <translation>ese mensaje todavía no llegó al teléfono del cliente</translation>
    </message>
    <message>
        <source>the message offers no button {button}; it offers {offered}</source>
        <translation>el mensaje no ofrece ningún botón {button}; ofrece {offered}</translation>
    </message>
    <message>
        <source>the rate card has no row for {region}</source>
        <translation>el tarifario no tiene una fila para {region}</translation>
    </message>
    <message>
        <source>there is no business message #{id}</source>
        <translation>no hay ningún mensaje de la empresa #{id}</translation>
    </message>
    <message>
        <source>{status} is not a template status</source>
        <translation>{status} no es un estado de plantilla</translation>
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
    <name>Store</name>
    <message>
        <source>a template named {name} in language {language} already exists</source>
        <translation>ya existe una plantilla llamada {name} en el idioma {language}</translation>
    </message>
    <message>
        <source>a value in {column} is not one waboard stores</source>
        <translation>un valor de {column} no es uno que waboard guarde</translation>
    </message>
    <message>
        <source>cannot create {file}: folder {folder} does not exist</source>
        <translation>no se puede crear {file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot lock {file}: {problem}</source>
        <translation>no se puede bloquear {file}: {problem}</translation>
    </message>
    <message>
        <source>cannot open {file}: the file is read-only</source>
        <translation>no se puede abrir {file}: el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>cannot open {file}: the file keeps changing</source>
        <translation>no se puede abrir {file}: el archivo no deja de cambiar</translation>
    </message>
    <message>
        <source>cannot open {file}: {problem}</source>
        <translation>no se puede abrir {file}: {problem}</translation>
    </message>
    <message>
        <source>cannot read {file}: permission denied</source>
        <translation>no se puede leer {file}: permiso denegado</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>no se puede leer {file}: {problem}</translation>
    </message>
    <message>
        <source>cannot write a copy to {file}: {problem}</source>
        <translation>no se puede escribir una copia en {file}: {problem}</translation>
    </message>
    <message>
        <source>its rollback journal cannot be replayed ({problem})</source>
        <translation>su diario de reversión no se puede reproducir ({problem})</translation>
    </message>
    <message>
        <source>its tables are not those of a waboard schema {version} file</source>
        <translation>sus tablas no son las de un archivo de waboard de esquema {version}</translation>
    </message>
    <message>
        <source>pid unknown</source>
        <translation>pid desconocido</translation>
    </message>
    <message>
        <source>the database refused the change to {name} ({error}); nothing was saved</source>
        <translation>la base de datos rechazó el cambio en {name} ({error}); no se guardó nada</translation>
    </message>
    <message>
        <source>the disk failed while waboard was using {name} ({error}). Check the disk, then try again; everything confirmed before is kept</source>
        <translation>el disco falló mientras waboard usaba {name} ({error}). Revisa el disco y vuelve a intentarlo; se conserva todo lo confirmado antes</translation>
    </message>
    <message>
        <source>the disk holding {name} is full, so waboard cannot save to it. Free some space and try again; everything confirmed before is kept</source>
        <translation>el disco que contiene {name} está lleno, así que waboard no puede guardar en él. Libera espacio y vuelve a intentarlo; se conserva todo lo confirmado antes</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes)</source>
        <translation>el archivo está truncado ({size} bytes)</translation>
    </message>
    <message>
        <source>the in-memory workspace</source>
        <translation>el espacio de trabajo en memoria</translation>
    </message>
    <message>
        <source>the text contains a character that cannot be stored (an unpaired UTF-16 surrogate); remove it and try again</source>
        <translation>el texto contiene un carácter que no se puede guardar (un sustituto UTF-16 sin pareja); quítalo y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>there is no customer #{id}</source>
        <translation>no hay ningún cliente #{id}</translation>
    </message>
    <message>
        <source>there is no template {name} in language {language}</source>
        <translation>no hay ninguna plantilla {name} en el idioma {language}</translation>
    </message>
    <message>
        <source>waboard cannot use {name} ({error}): check the file and its folder</source>
        <translation>waboard no puede usar {name} ({error}): revisa el archivo y su carpeta</translation>
    </message>
    <message>
        <source>{file} already exists: choose a new file name</source>
        <translation>{file} ya existe: elige un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>{file} has a corrupted frame before committed ones</source>
        <translation>{file} tiene un bloque dañado antes de otros confirmados</translation>
    </message>
    <message>
        <source>{file} is a folder, not a waboard database</source>
        <translation>{file} es una carpeta, no una base de datos de waboard</translation>
    </message>
    <message>
        <source>{file} is a folder: choose a file name</source>
        <translation>{file} es una carpeta: elige un nombre de archivo</translation>
    </message>
    <message>
        <source>{file} is already open in this waboard (pid {pid})</source>
        <translation>{file} ya está abierto en este waboard (pid {pid})</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem} (nothing was changed)</source>
        <translation>{file} está dañado: {problem} (no se cambió nada)</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe, socket or device), not a waboard database</source>
        <translation>{file} no es un archivo normal (es una tubería, un socket o un dispositivo), no una base de datos de waboard</translation>
    </message>
    <message>
        <source>{file} is not a waboard database</source>
        <translation>{file} no es una base de datos de waboard</translation>
    </message>
    <message>
        <source>{file} is not a write-ahead log</source>
        <translation>{file} no es un registro de escritura anticipada</translation>
    </message>
    <message>
        <source>{file} is open in another waboard ({holder}): close it there, or open a copy of the file</source>
        <translation>{file} está abierto en otro waboard ({holder}): ciérralo allí o abre una copia del archivo</translation>
    </message>
    <message>
        <source>{file} was deleted or replaced while waboard had it open, so nothing more can be saved to it. Use File &gt; Save a copy… to keep this workspace in a new file; everything confirmed so far is in the copy</source>
        <translation>{file} se eliminó o se reemplazó mientras waboard lo tenía abierto, así que ya no se puede guardar nada en él. Usa Archivo &gt; Guardar una copia… para conservar este espacio de trabajo en un archivo nuevo; todo lo confirmado hasta ahora está en la copia</translation>
    </message>
    <message>
        <source>{file} was made by a newer waboard (schema {version}); this version reads up to schema {readable}</source>
        <translation>{file} se creó con un waboard más reciente (esquema {version}); esta versión lee hasta el esquema {readable}</translation>
    </message>
    <message>
        <source>{name} has become read-only (the file, its folder or its disk), so waboard cannot save to it. Make it writable again, or use File &gt; Save a copy… to keep this workspace elsewhere</source>
        <translation>{name} pasó a ser de solo lectura (el archivo, su carpeta o su disco), así que waboard no puede guardar en él. Vuelve a permitir la escritura o usa Archivo &gt; Guardar una copia… para conservar este espacio de trabajo en otro lugar</translation>
    </message>
    <message>
        <source>{name} is damaged: {error} (nothing was changed); open a copy or a backup of the workspace</source>
        <translation>{name} está dañado: {error} (no se cambió nada); abre una copia o un respaldo del espacio de trabajo</translation>
    </message>
    <message>
        <source>{name} is locked by another program, so waboard cannot save to it now. Close the program using the file (or wait for it) and try again</source>
        <translation>{name} está bloqueado por otro programa, así que waboard no puede guardar en él ahora. Cierra el programa que usa el archivo (o espera a que termine) y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{target} is the workspace file {file}: choose another output file (nothing was written)</source>
        <translation>{target} es el archivo del espacio de trabajo {file}: elige otro archivo de salida (no se escribió nada)</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>Search name or text</source>
        <translation>Buscar nombre o texto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>button {index}: label must not be empty</source>
        <translation>botón {index}: el texto no puede estar vacío</translation>
    </message>
    <message>
        <source>button {index}: over {limit} characters</source>
        <translation>botón {index}: más de {limit} caracteres</translation>
    </message>
    <message>
        <source>buttons: {count}, over {limit}</source>
        <translation>botones: {count}, más de {limit}</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>pie de página</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>language {language}: expected a code like en_US</source>
        <translation>idioma {language}: se esperaba un código como es_MX</translation>
    </message>
    <message>
        <source>name {name}: use lowercase letters, digits and underscores only</source>
        <translation>nombre {name}: usa solo minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character</source>
        <translation>{field}: contiene un carácter NUL</translation>
    </message>
    <message>
        <source>{field}: must not be empty</source>
        <translation>{field}: no puede estar vacío</translation>
    </message>
    <message>
        <source>{field}: parameters are allowed in the body only</source>
        <translation>{field}: los parámetros solo se permiten en el cuerpo</translation>
    </message>
    <message>
        <source>{field}: parameters are numbered from {first}, not {zero}</source>
        <translation>{field}: los parámetros se numeran desde {first}, no desde {zero}</translation>
    </message>
    <message>
        <source>{field}: parameters must run from {first} without gaps; missing {missing}</source>
        <translation>{field}: los parámetros deben ir desde {first} sin huecos; falta(n) {missing}</translation>
    </message>
    <message>
        <source>{field}: unbalanced '{open}' or '{close}': write parameters as {first}, {second}, ...</source>
        <translation>{field}: '{open}' o '{close}' sin pareja: escribe los parámetros como {first}, {second}, ...</translation>
    </message>
    <message>
        <source>{field}: {length} characters, over {limit}</source>
        <translation>{field}: {length} caracteres, más de {limit}</translation>
    </message>
</context>
<context>
    <name>TemplateHistory</name>
    <message>
        <source>From the start</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>No status or category change yet.</source>
        <translation>Todavía no hay cambios de estado ni de categoría.</translation>
    </message>
    <message>
        <source>Status and category changes apply from the simulated instant they are made at; messages sent before keep what they were charged as.</source>
        <translation>Los cambios de estado y de categoría se aplican desde el instante simulado en que se hacen; los mensajes enviados antes conservan el cobro que tuvieron.</translation>
    </message>
    <message>
        <source>category {category}</source>
        <translation>categoría {category}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>estado {status}</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Editing {name} · {language}</source>
        <translation>Editando {name} · {language}</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} has shipped.</source>
        <translation>Hola, {{1}}: tu pedido {{2}} ya fue enviado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>One button label per line</source>
        <translation>Un texto de botón por línea</translation>
    </message>
    <message>
        <source>Optional, up to {limit} characters</source>
        <translation>Opcional, hasta {limit} caracteres</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send back to review: sends fail with 132001</source>
        <translation>Devolver a revisión: los envíos fallan con 132001</translation>
    </message>
    <message>
        <source>Simulate a pause for low quality: sends fail with 132015</source>
        <translation>Simular una pausa por baja calidad: los envíos fallan con 132015</translation>
    </message>
    <message>
        <source>Simulate a rejected review: sends fail with 132001</source>
        <translation>Simular una revisión rechazada: los envíos fallan con 132001</translation>
    </message>
    <message>
        <source>Simulate disabling: sends fail with 132016</source>
        <translation>Simular la desactivación: los envíos fallan con 132016</translation>
    </message>
    <message>
        <source>Simulate the platform approving the template</source>
        <translation>Simular que la plataforma aprueba la plantilla</translation>
    </message>
    <message>
        <source>Simulate the platform's review of the saved template:</source>
        <translation>Simular la revisión de la plataforma de la plantilla guardada:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>As the customer will see it</source>
        <translation>Como lo verá el cliente</translation>
    </message>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Elige una plantilla a la izquierda.</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Ninguna plantilla elegida</translation>
    </message>
    <message>
        <source>Parameter {number}</source>
        <translation>Parámetro {number}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send a template to {name}</source>
        <translation>Enviar una plantilla a {name}</translation>
    </message>
    <message>
        <source>Send the template (Ctrl+Enter)</source>
        <translation>Enviar la plantilla (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>Esta plantilla no tiene parámetros.</translation>
    </message>
    <message>
        <source>Value for {placeholder}</source>
        <translation>Valor para {placeholder}</translation>
    </message>
    <message>
        <source>Will be refused: {reason}</source>
        <translation>Será rechazado: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Choose a template to see it as the customer will.</source>
        <translation>Elige una plantilla para verla como la verá el cliente.</translation>
    </message>
</context>
<context>
    <name>TemplateStatus</name>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>TimeStrip</name>
    <message>
        <source>Drag back and let go to go back to that moment (everything after it is removed)</source>
        <translation>Arrastra hacia atrás y suelta para volver a ese momento (se quita todo lo posterior)</translation>
    </message>
    <message>
        <source>Time strip</source>
        <translation>Barra de tiempo</translation>
    </message>
</context>
<context>
    <name>TimeTravel</name>
    <message>
        <source>Removed 0 actions after {instant}</source>
        <translation>Se quitaron 0 acciones después de {instant}</translation>
    </message>
    <message>
        <source>Removed 1 action after {instant} ({labels})</source>
        <translation>Se quitó 1 acción después de {instant} ({labels})</translation>
    </message>
    <message>
        <source>Removed {count} actions after {instant} ({labels})</source>
        <translation>Se quitaron {count} acciones después de {instant} ({labels})</translation>
    </message>
    <message>
        <source>That bookmark no longer exists</source>
        <translation>Ese marcador ya no existe</translation>
    </message>
    <message>
        <source>There is nothing to go back over: no action has been made yet</source>
        <translation>No hay nada hacia dónde retroceder: todavía no se hizo ninguna acción</translation>
    </message>
    <message>
        <source>There is nothing to redo</source>
        <translation>No hay nada que rehacer</translation>
    </message>
    <message>
        <source>There is nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
    <message>
        <source>{instant} is before the first action, at {first}</source>
        <translation>{instant} es anterior a la primera acción, el {first}</translation>
    </message>
    <message>
        <source>{instant} is in the future: the clock reads {now}</source>
        <translation>{instant} está en el futuro: el reloj marca {now}</translation>
    </message>
    <message>
        <source>{labels}, and {count} more</source>
        <translation>{labels} y {count} más</translation>
    </message>
</context>
<context>
    <name>TimeZoneCheck</name>
    <message>
        <source>{name} is not a time zone (an IANA name such as 'America/Mexico_City')</source>
        <translation>{name} no es una zona horaria (un nombre IANA como 'America/Mexico_City')</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>1 conversation</source>
        <translation>1 conversación</translation>
    </message>
    <message>
        <source>1 customer service window</source>
        <translation>1 ventana de atención al cliente</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Customer service window: {start} to {end}</source>
        <translation>Ventana de atención al cliente: {start} a {end}</translation>
    </message>
    <message>
        <source>Nothing in the last three days</source>
        <translation>Nada en los últimos tres días</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>{category} conversation: {start} to {end}, {cost}</source>
        <translation>Conversación de {category}: {start} a {end}, {cost}</translation>
    </message>
    <message>
        <source>{count} conversations</source>
        <translation>{count} conversaciones</translation>
    </message>
    <message>
        <source>{count} customer service windows</source>
        <translation>{count} ventanas de atención al cliente</translation>
    </message>
    <message>
        <source>{windows} and {conversations} in the last three days and the next one</source>
        <translation>{windows} y {conversations} en los últimos tres días y el próximo</translation>
    </message>
    <message>
        <source>{window} (1 restart)</source>
        <translation>{window} (1 reinicio)</translation>
    </message>
    <message>
        <source>{window} ({count} restarts)</source>
        <translation>{window} ({count} reinicios)</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>&amp;Grade exercise</source>
        <translation>&amp;Calificar ejercicio</translation>
    </message>
    <message>
        <source>&amp;Start exercise…</source>
        <translation>&amp;Iniciar ejercicio…</translation>
    </message>
    <message>
        <source>Cannot export the audit trail</source>
        <translation>No se puede exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Elige un archivo nuevo</translation>
    </message>
    <message>
        <source>Exercise: {goal}</source>
        <translation>Ejercicio: {goal}</translation>
    </message>
    <message>
        <source>Export &amp;audit trail…</source>
        <translation>Exportar &amp;registro de auditoría…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Exported 1 event to {path}</source>
        <translation>Se exportó 1 evento a {path}</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}</source>
        <translation>Se exportaron {count} eventos a {path}</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Pista: {hint}</translation>
    </message>
    <message>
        <source>Opt-out &amp;keywords…</source>
        <translation>&amp;Palabras clave de baja…</translation>
    </message>
    <message>
        <source>Save the exercise's workspace as</source>
        <translation>Guardar el espacio de trabajo del ejercicio como</translation>
    </message>
    <message>
        <source>This exercise cannot be started</source>
        <translation>No se puede iniciar este ejercicio</translation>
    </message>
    <message>
        <source>When you are done, choose Trainer › Grade exercise.</source>
        <translation>Cuando termines, elige Capacitador › Calificar ejercicio.</translation>
    </message>
    <message>
        <source>waboard workspaces (*.waboard);;All files (*)</source>
        <translation>Espacios de trabajo de waboard (*.waboard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{path} already exists; an exercise starts in a new workspace file.</source>
        <translation>{path} ya existe; un ejercicio empieza en un archivo de espacio de trabajo nuevo.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Free-form outside the window</source>
        <translation>Mensaje libre fuera de la ventana</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Goal not met</source>
        <translation>Objetivo no cumplido</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Marketing to an opted-out customer</source>
        <translation>Marketing a un cliente dado de baja</translation>
    </message>
    <message>
        <source>Paid template where a free reply was possible</source>
        <translation>Plantilla pagada cuando una respuesta gratis era posible</translation>
    </message>
    <message>
        <source>Refused send</source>
        <translation>Envío rechazado</translation>
    </message>
    <message>
        <source>Wasted second conversation</source>
        <translation>Segunda conversación desperdiciada</translation>
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
<context>
    <name>Workspaces</name>
    <message>
        <source>{file} already exists: choose a new file for the scenario</source>
        <translation>{file} ya existe: elige un archivo nuevo para el escenario</translation>
    </message>
</context>
</TS>