<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Account</name>
    <message>
        <source>&amp;Rules by date…</source>
        <translation>&amp;Regras por data…</translation>
    </message>
    <message>
        <source>Business &amp;account…</source>
        <translation>&amp;Conta comercial…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source> marketing templates per customer per 24 h</source>
        <translation> modelos de marketing por cliente a cada 24 h</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>An authentication template to a market with an authentication-international rate is charged that rate when the account is eligible and its country differs from the customer's.</source>
        <translation>Um modelo de autenticação para um mercado com tarifa de autenticação internacional é cobrado por essa tarifa quando a conta está qualificada e o seu país é diferente do país do cliente.</translation>
    </message>
    <message>
        <source>Billing c&amp;urrency</source>
        <translation>&amp;Moeda de faturamento</translation>
    </message>
    <message>
        <source>Business account</source>
        <translation>Conta comercial</translation>
    </message>
    <message>
        <source>Eligible for authentication-international rates from</source>
        <translation>Qualificada para tarifas de autenticação internacional desde</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Simulated per-user marketing limit:</source>
        <translation>Limite simulado de marketing por usuário:</translation>
    </message>
    <message>
        <source>Simulated: Meta limits how many marketing templates one person receives from all businesses, adaptively, and publishes no number. waboard stands in with a fixed limit per customer per rolling 24 hours (business-initiated sends only); the next one is refused with 131049.</source>
        <translation>Simulado: a Meta limita de forma adaptativa quantos modelos de marketing uma pessoa recebe de todas as empresas e não publica nenhum número. O waboard usa em seu lugar um limite fixo por cliente em 24 horas móveis (somente envios iniciados pela empresa); o seguinte é recusado com 131049.</translation>
    </message>
    <message>
        <source>The business account the simulated number belongs to. Month boundaries of the free tier and the volume tiers follow its time zone; amounts are billed and shown in its currency.</source>
        <translation>A conta comercial à qual pertence o número simulado. Os limites de mês da faixa gratuita e das faixas de volume seguem o seu fuso horário; os valores são faturados e exibidos na sua moeda.</translation>
    </message>
</context>
<context>
    <name>ApiTraffic</name>
    <message>
        <source>API traffic</source>
        <translation>Tráfego da API</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Filter: path, status, decision, webhook…</source>
        <translation>Filtrar: caminho, status, decisão, webhook…</translation>
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
        <translation>Observação</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Select a row to see its JSON</source>
        <translation>Selecione uma linha para ver o JSON</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>observação: {note}</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>requisição:</translation>
    </message>
    <message>
        <source>response:</source>
        <translation>resposta:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>waboard cannot open this file</source>
        <translation>O waboard não consegue abrir este arquivo</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Back at “{name}”</source>
        <translation>De volta a “{name}”</translation>
    </message>
    <message>
        <source>Before the promo</source>
        <translation>Antes da promoção</translation>
    </message>
    <message>
        <source>Bookmark name</source>
        <translation>Nome do marcador</translation>
    </message>
    <message>
        <source>Bookmark now</source>
        <translation>Marcar agora</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Excluir marcador</translation>
    </message>
    <message>
        <source>Delete the bookmark “{name}”?</source>
        <translation>Excluir o marcador “{name}”?</translation>
    </message>
    <message>
        <source>Name this moment to come back to it later, whatever you do or undo in between.</source>
        <translation>Dê um nome a este momento para voltar a ele depois, seja o que for que você faça ou desfaça nesse meio-tempo.</translation>
    </message>
    <message>
        <source>No bookmarks yet.</source>
        <translation>Ainda não há marcadores.</translation>
    </message>
    <message>
        <source>Return to it</source>
        <translation>Voltar a ele</translation>
    </message>
    <message>
        <source>What happened stays as it is; only the name goes.</source>
        <translation>O que aconteceu continua como está; só o nome é removido.</translation>
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
        <translation>(parado)</translation>
    </message>
    <message>
        <source>API &amp;traffic</source>
        <translation>&amp;Tráfego da API</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Chave secreta do app</translation>
    </message>
    <message>
        <source>Approve templates created through the API</source>
        <translation>Aprovar os modelos de mensagem criados pela API</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Cloud &amp;API server…</source>
        <translation>Servidor da &amp;API de Nuvem…</translation>
    </message>
    <message>
        <source>Cloud API server</source>
        <translation>Servidor da API de Nuvem</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Enter a token: apps send it as 'Authorization: Bearer TOKEN'</source>
        <translation>Digite um token: os apps o enviam como 'Authorization: Bearer TOKEN'</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Iniciar servidor</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Parar servidor</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificação</translation>
    </message>
    <message>
        <source>WABA id</source>
        <translation>ID da WABA</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Webhook URL {problem}</source>
        <translation>URL do webhook: {problem}</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>cannot start the server: {error}</source>
        <translation>não é possível iniciar o servidor: {error}</translation>
    </message>
    <message>
        <source>does the hub.verify_token handshake</source>
        <translation>faz o handshake hub.verify_token</translation>
    </message>
    <message>
        <source>http://127.0.0.1:5000/webhook (optional)</source>
        <translation>http://127.0.0.1:5000/webhook (opcional)</translation>
    </message>
    <message>
        <source>signs webhooks with X-Hub-Signature-256</source>
        <translation>assina os webhooks com X-Hub-Signature-256</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>No opt-in</source>
        <translation>Sem opt-in</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Com opt-in</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Com opt-out</translation>
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
        <translation>&amp;Exportar como cenário…</translation>
    </message>
    <message>
        <source>&amp;Go back to…</source>
        <translation>&amp;Voltar para…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer {action}</translation>
    </message>
    <message>
        <source>Export as scenario</source>
        <translation>Exportar como cenário</translation>
    </message>
    <message>
        <source>Exported {count} steps to {file}</source>
        <translation>{count} passos exportados para {file}</translation>
    </message>
    <message>
        <source>Redid {action}</source>
        <translation>Refeito: {action}</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Arquivos de cenário (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>O cenário não foi salvo</translation>
    </message>
    <message>
        <source>Undid {action}</source>
        <translation>Desfeito: {action}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>waboard could not do that</source>
        <translation>O waboard não conseguiu fazer isso</translation>
    </message>
    <message>
        <source>waboard hit an unexpected error and carried on: {error}

Everything you confirmed is saved. The report below can be copied into a bug report.</source>
        <translation>O waboard encontrou um erro inesperado e continuou funcionando: {error}

Tudo o que você confirmou está salvo. O relatório abaixo pode ser copiado para um relato de bug.</translation>
    </message>
    <message>
        <source>{refusal}

Nothing was changed by this; everything confirmed before is saved.</source>
        <translation>{refusal}

Isso não alterou nada; tudo o que foi confirmado antes está salvo.</translation>
    </message>
</context>
<context>
    <name>GoBack</name>
    <message>
        <source>1 day earlier</source>
        <translation>1 dia antes</translation>
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
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Go back to</source>
        <translation>Voltar para</translation>
    </message>
    <message>
        <source>Go back to…</source>
        <translation>Voltar para…</translation>
    </message>
    <message>
        <source>Remove 1 action and go back</source>
        <translation>Remover 1 ação e voltar</translation>
    </message>
    <message>
        <source>Remove {count} actions and go back</source>
        <translation>Remover {count} ações e voltar</translation>
    </message>
    <message>
        <source>That is now: nothing to go back over.</source>
        <translation>Esse é o momento atual: não há nada para voltar.</translation>
    </message>
    <message>
        <source>The clock reads {now}. Choose an earlier moment: everything done after it is removed, and a bookmark lets you come back here.</source>
        <translation>O relógio marca {now}. Escolha um momento anterior: tudo o que foi feito depois é removido, e um marcador permite voltar aqui.</translation>
    </message>
    <message>
        <source>−1 day</source>
        <translation>−1 dia</translation>
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
        <translation>&amp;Sobre o waboard</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atalhos de teclado…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Boas-vindas…</translation>
    </message>
    <message>
        <source>About waboard</source>
        <translation>Sobre o waboard</translation>
    </message>
    <message>
        <source>Refusal &amp;codes…</source>
        <translation>&amp;Códigos de recusa…</translation>
    </message>
    <message>
        <source>waboard {version} (Qt for Python {qt_version})

waboard simulates a WhatsApp Business Platform inbox: the 24-hour customer service window, conversation categories, free entry points, consent, template rules and what every message costs, on a simulated clock.</source>
        <translation>waboard {version} (Qt for Python {qt_version})

O waboard simula uma caixa de entrada da WhatsApp Business Platform: a janela de atendimento ao cliente de 24 horas, as categorias de conversa, os pontos de entrada gratuitos, o consentimento, as regras dos modelos de mensagem e quanto custa cada mensagem, com um relógio simulado.</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>Authentication-international start: give an instant with a time zone</source>
        <translation>Início da autenticação internacional: informe um instante com fuso horário</translation>
    </message>
    <message>
        <source>Country {country}: use a two-letter ISO code such as MX</source>
        <translation>País {country}: use um código ISO de duas letras, como BR</translation>
    </message>
    <message>
        <source>Currency {currency}: use one of {currencies}</source>
        <translation>Moeda {currency}: use uma destas: {currencies}</translation>
    </message>
    <message>
        <source>Enter a name for the bookmark</source>
        <translation>Digite um nome para o marcador</translation>
    </message>
    <message>
        <source>Enter the customer's name</source>
        <translation>Digite o nome do cliente</translation>
    </message>
    <message>
        <source>Marketing limit {limit}: a whole number of messages, 0 or more</source>
        <translation>Limite de marketing {limit}: um número inteiro de mensagens, 0 ou mais</translation>
    </message>
    <message>
        <source>Template {name}: {problem}</source>
        <translation>Modelo de mensagem {name}: {problem}</translation>
    </message>
    <message>
        <source>The bookmark name contains a NUL character</source>
        <translation>O nome do marcador contém um caractere NUL</translation>
    </message>
    <message>
        <source>The bookmark name is {length} characters; keep it to {limit}</source>
        <translation>O nome do marcador tem {length} caracteres; o máximo é {limit}</translation>
    </message>
    <message>
        <source>The message contains a NUL character</source>
        <translation>A mensagem contém um caractere NUL</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>A mensagem está vazia</translation>
    </message>
    <message>
        <source>The message is {length} characters; the limit is {limit}</source>
        <translation>A mensagem tem {length} caracteres; o limite é {limit}</translation>
    </message>
    <message>
        <source>The name contains a NUL character</source>
        <translation>O nome contém um caractere NUL</translation>
    </message>
    <message>
        <source>The name is {length} characters; keep it under {limit}</source>
        <translation>O nome tem {length} caracteres; deve ter menos de {limit}</translation>
    </message>
    <message>
        <source>Time zone: {problem}</source>
        <translation>Fuso horário: {problem}</translation>
    </message>
    <message>
        <source>{phone} is already the number of {name}; two customers cannot share a phone number</source>
        <translation>{phone} já é o número de {name}; dois clientes não podem compartilhar um número de telefone</translation>
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
        <translation>&amp;Abrir lição…</translation>
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
        <translation>&amp;Carregar cenário…</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Gerenciar modelos de mensagem…</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproduzir / pausar</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;apresentador</translation>
    </message>
    <message>
        <source>&amp;Pricing regime</source>
        <translation>Regime de &amp;preços</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvar uma cópia…</translation>
    </message>
    <message>
        <source>&amp;Search customers</source>
        <translation>&amp;Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>&amp;Enviar mensagem</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;dia</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 &amp;hora</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Não é possível abrir este arquivo</translation>
    </message>
    <message>
        <source>Cannot reset the workspace</source>
        <translation>Não é possível restaurar o espaço de trabalho</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Não é possível salvar uma cópia</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Escolha um arquivo novo</translation>
    </message>
    <message>
        <source>Customer's p&amp;hone</source>
        <translation>&amp;Telefone do cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Load scenario</source>
        <translation>Carregar cenário</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nenhum cliente selecionado</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>Play the scenario into a new workspace</source>
        <translation>Reproduzir o cenário em um novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Replace everything in this workspace with the demo inbox? This cannot be undone.</source>
        <translation>Substituir tudo neste espaço de trabalho pela caixa de entrada de demonstração? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Reset to &amp;demo…</source>
        <translation>Restaurar a &amp;demonstração…</translation>
    </message>
    <message>
        <source>Reset to demo</source>
        <translation>Restaurar a demonstração</translation>
    </message>
    <message>
        <source>Reset to the demo inbox</source>
        <translation>A caixa de entrada de demonstração foi restaurada</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Saved a copy to {file}</source>
        <translation>Cópia salva em {file}</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Arquivos de cenário (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Select a customer to send a template to.</source>
        <translation>Selecione um cliente para enviar um modelo de mensagem.</translation>
    </message>
    <message>
        <source>Send &amp;template…</source>
        <translation>Enviar &amp;modelo de mensagem…</translation>
    </message>
    <message>
        <source>This scenario cannot be loaded</source>
        <translation>Não é possível carregar este cenário</translation>
    </message>
    <message>
        <source>To &amp;next expiry</source>
        <translation>Até o &amp;próximo vencimento</translation>
    </message>
    <message>
        <source>in-memory workspace</source>
        <translation>espaço de trabalho em memória</translation>
    </message>
    <message>
        <source>waboard will speak {language} from the next time it starts.</source>
        <translation>O waboard usará {language} a partir da próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>waboard workspaces (*.waboard *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Espaços de trabalho do waboard (*.waboard *.db *.sqlite *.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{file} already exists; a new workspace needs a new file.</source>
        <translation>{file} já existe; um novo espaço de trabalho precisa de um arquivo novo.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Faturamento</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensagens</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Co&amp;nfigurações</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Instrutor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>C&amp;lock</source>
        <translation>&amp;Relógio</translation>
    </message>
</context>
<context>
    <name>RefusalCodes</name>
    <message>
        <source>A template outside the 24-hour window needs the customer's opt-in (the simulator's check; the platform leaves consent to the business).</source>
        <translation>Um modelo de mensagem fora da janela de 24 horas precisa do opt-in do cliente (uma verificação do simulador; a plataforma deixa o consentimento a cargo da empresa).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Free-form text more than 24 hours after the customer last wrote: send a template instead.</source>
        <translation>Texto livre mais de 24 horas depois da última mensagem do cliente: envie um modelo de mensagem no lugar.</translation>
    </message>
    <message>
        <source>Meta disabled the template.</source>
        <translation>A Meta desativou o modelo de mensagem.</translation>
    </message>
    <message>
        <source>Meta paused the template after poor feedback.</source>
        <translation>A Meta pausou o modelo de mensagem após feedback negativo.</translation>
    </message>
    <message>
        <source>No template of that name in that language.</source>
        <translation>Não há modelo de mensagem com esse nome nesse idioma.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refusal codes</source>
        <translation>Códigos de recusa</translation>
    </message>
    <message>
        <source>The customer opted out: no marketing template reaches them.</source>
        <translation>O cliente fez opt-out: nenhum modelo de marketing chega até ele.</translation>
    </message>
    <message>
        <source>The number has no WhatsApp account: nothing is sent or charged.</source>
        <translation>O número não tem conta do WhatsApp: nada é enviado nem cobrado.</translation>
    </message>
    <message>
        <source>The number of parameters differs from the template's {{n}}.</source>
        <translation>A quantidade de parâmetros difere dos {{n}} do modelo de mensagem.</translation>
    </message>
    <message>
        <source>The template is pending or rejected: only approved ones send.</source>
        <translation>O modelo de mensagem está pendente ou foi rejeitado: só os aprovados são enviados.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Why the platform refuses a business message, with its Cloud API error code, in the order the rules check them.</source>
        <translation>Por que a plataforma recusa uma mensagem da empresa, com o código de erro da API de Nuvem, na ordem em que as regras verificam.</translation>
    </message>
</context>
<context>
    <name>RulesByDate</name>
    <message>
        <source>At the simulated date</source>
        <translation>Na data simulada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rules by date</source>
        <translation>Regras por data</translation>
    </message>
    <message>
        <source>Select a change to see its sources.</source>
        <translation>Selecione uma mudança para ver as fontes.</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fontes: {sources}</translation>
    </message>
    <message>
        <source>The switch of 1 Jul 2025: {edge_case}</source>
        <translation>A mudança de 1º jul. 2025: {edge_case}</translation>
    </message>
    <message>
        <source>What changed after {first} ({code}, from {since}). This workspace's pricing: {pricing}; a message sent at the simulated date ({now}) is decided under {regime}.</source>
        <translation>O que mudou depois de {first} ({code}, desde {since}). Preços deste espaço de trabalho: {pricing}; uma mensagem enviada na data simulada ({now}) é decidida sob {regime}.</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <source>[reported]: Meta's "upcoming pricing updates" page as quoted by several providers, not read on Meta's own site. [Meta]: Meta's own pricing pages.</source>
        <translation>[reported]: a página da Meta de "próximas atualizações de preços" conforme citada por vários provedores, não lida no site da própria Meta. [Meta]: as páginas de preços da própria Meta.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>a seguir</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>em vigor</translation>
    </message>
    <message>
        <source>{title} ({mark}). Sources: {sources}</source>
        <translation>{title} ({mark}). Fontes: {sources}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Every shortcut works anywhere in the main window.</source>
        <translation>Todos os atalhos funcionam em qualquer lugar da janela principal.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu item</source>
        <translation>Item de menu</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore the demo inbox</source>
        <translation>Explorar a caixa de entrada de demonstração</translation>
    </message>
    <message>
        <source>Load a scenario…</source>
        <translation>Carregar um cenário…</translation>
    </message>
    <message>
        <source>No colour emoji font is installed, so emoji show as boxes; on Debian/Ubuntu: sudo apt install fonts-noto-color-emoji</source>
        <translation>Não há uma fonte de emoji colorida instalada, então os emoji aparecem como quadrados; no Debian/Ubuntu: sudo apt install fonts-noto-color-emoji</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Abrir uma lição…</translation>
    </message>
    <message>
        <source>Show this at startup</source>
        <translation>Mostrar isto ao iniciar</translation>
    </message>
    <message>
        <source>Start the Cloud API…</source>
        <translation>Iniciar a API de Nuvem…</translation>
    </message>
    <message>
        <source>Welcome to waboard</source>
        <translation>Boas-vindas ao waboard</translation>
    </message>
    <message>
        <source>waboard simulates a WhatsApp Business inbox on a clock you control. Every message you send is decided by the platform's rules: whether it may be sent, which conversation it opens and what it costs. Nothing leaves this computer: the customers, their replies and the bill are simulated.</source>
        <translation>O waboard simula uma caixa de entrada do WhatsApp Business com um relógio que você controla. As regras da plataforma decidem cada mensagem que você envia: se pode ser enviada, qual conversa ela abre e quanto custa. Nada sai deste computador: os clientes, as respostas deles e a fatura são simulados.</translation>
    </message>
</context>
</TS>