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
    <name>ActionLabel</name>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>Before rewind to {instant}</source>
        <translation>Antes de voltar a {instant}</translation>
    </message>
    <message>
        <source>action for {name}</source>
        <translation>ação para {name}</translation>
    </message>
    <message>
        <source>bundled rate card</source>
        <translation>tabela de preços incluída</translation>
    </message>
    <message>
        <source>business account</source>
        <translation>conta comercial</translation>
    </message>
    <message>
        <source>clock change</source>
        <translation>mudança do relógio</translation>
    </message>
    <message>
        <source>clock set to {instant}</source>
        <translation>relógio ajustado para {instant}</translation>
    </message>
    <message>
        <source>delivery delay {seconds} s</source>
        <translation>atraso de entrega de {seconds} s</translation>
    </message>
    <message>
        <source>edit of template {name} ({language})</source>
        <translation>edição do modelo {name} ({language})</translation>
    </message>
    <message>
        <source>edit of {name}</source>
        <translation>edição de {name}</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>jump +{span}</source>
        <translation>avanço +{span}</translation>
    </message>
    <message>
        <source>jump to the next expiry</source>
        <translation>avanço até o próximo vencimento</translation>
    </message>
    <message>
        <source>message from {name}</source>
        <translation>mensagem de {name}</translation>
    </message>
    <message>
        <source>new customer {name}</source>
        <translation>novo cliente {name}</translation>
    </message>
    <message>
        <source>new template {name} ({language})</source>
        <translation>novo modelo {name} ({language})</translation>
    </message>
    <message>
        <source>opt-in of {name}</source>
        <translation>opt-in de {name}</translation>
    </message>
    <message>
        <source>opt-out keywords</source>
        <translation>palavras-chave de opt-out</translation>
    </message>
    <message>
        <source>opt-out of {name}</source>
        <translation>opt-out de {name}</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>play</source>
        <translation>reproduzir</translation>
    </message>
    <message>
        <source>pricing regime {choice}</source>
        <translation>regime de preços {choice}</translation>
    </message>
    <message>
        <source>rate card</source>
        <translation>tabela de preços</translation>
    </message>
    <message>
        <source>real time off</source>
        <translation>tempo real desativado</translation>
    </message>
    <message>
        <source>real time on</source>
        <translation>tempo real ativado</translation>
    </message>
    <message>
        <source>scenario rates</source>
        <translation>preços do cenário</translation>
    </message>
    <message>
        <source>send to {name}</source>
        <translation>envio para {name}</translation>
    </message>
    <message>
        <source>setting {key}</source>
        <translation>configuração {key}</translation>
    </message>
    <message>
        <source>speed x{speed}</source>
        <translation>velocidade x{speed}</translation>
    </message>
    <message>
        <source>template to {name}</source>
        <translation>modelo para {name}</translation>
    </message>
    <message>
        <source>template {name} ({language}) {status}</source>
        <translation>modelo {name} ({language}) {status}</translation>
    </message>
    <message>
        <source>wait for {name}</source>
        <translation>espera de {name}</translation>
    </message>
    <message>
        <source>workspace name</source>
        <translation>nome do espaço de trabalho</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dias</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de atividades</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Conversation / charge</source>
        <translation>Conversa / cobrança</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer #{id}</source>
        <translation>Cliente nº {id}</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Mensagem do cliente</translation>
    </message>
    <message>
        <source>Customer message (from an ad)</source>
        <translation>Mensagem do cliente (de um anúncio)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Free-form</source>
        <translation>Formato livre</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Deu seu consentimento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Cancelou o consentimento</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Refused {code}</source>
        <translation>Recusado {code}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Show decisions of</source>
        <translation>Mostrar as decisões de</translation>
    </message>
    <message>
        <source>Template {name} ({language})</source>
        <translation>Modelo {name} ({language})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Window open until {until}</source>
        <translation>Janela aberta até {until}</translation>
    </message>
    <message>
        <source>Window open until {until}; next reply opens a free entry point</source>
        <translation>Janela aberta até {until}; a próxima resposta abre um ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>{count} decision</source>
        <translation>{count} decisão</translation>
    </message>
    <message>
        <source>{count} decisions</source>
        <translation>{count} decisões</translation>
    </message>
    <message>
        <source>{loaded} of {total} decision; scroll up for older</source>
        <translation>{loaded} de {total} decisão; role para cima para ver as anteriores</translation>
    </message>
    <message>
        <source>{loaded} of {total} decisions; scroll up for older</source>
        <translation>{loaded} de {total} decisões; role para cima para ver as anteriores</translation>
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
    <name>Audit</name>
    <message>
        <source>Customer service window closed</source>
        <translation>A janela de atendimento ao cliente foi fechada</translation>
    </message>
    <message>
        <source>Customer service window opened for 24 hours</source>
        <translation>A janela de atendimento ao cliente foi aberta por 24 horas</translation>
    </message>
    <message>
        <source>Customer service window restarted for 24 hours</source>
        <translation>A janela de atendimento ao cliente foi reiniciada por 24 horas</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>O cliente escreveu</translation>
    </message>
    <message>
        <source>Customer wrote (from a Page button)</source>
        <translation>O cliente escreveu (a partir de um botão da Página)</translation>
    </message>
    <message>
        <source>Customer wrote (from a click-to-WhatsApp ad)</source>
        <translation>O cliente escreveu (a partir de um anúncio de clique para o WhatsApp)</translation>
    </message>
    <message>
        <source>Free-form: {note}</source>
        <translation>Formato livre: {note}</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Deu seu consentimento</translation>
    </message>
    <message>
        <source>Opted in ({source})</source>
        <translation>Deu seu consentimento ({source})</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Cancelou o consentimento</translation>
    </message>
    <message>
        <source>Opted out ({source})</source>
        <translation>Cancelou o consentimento ({source})</translation>
    </message>
    <message>
        <source>Template: {note}</source>
        <translation>Modelo de mensagem: {note}</translation>
    </message>
    <message>
        <source>{label} conversation ended</source>
        <translation>{label}: a conversa terminou</translation>
    </message>
    <message>
        <source>{label} conversation opened until {until}, charged {charge}</source>
        <translation>{label}: conversa aberta até {until}, cobrada em {charge}</translation>
    </message>
    <message>
        <source>{label} conversation opened until {until}, free</source>
        <translation>{label}: conversa aberta até {until}, gratuita</translation>
    </message>
</context>
<context>
    <name>Bill</name>
    <message>
        <source>1 free entry point</source>
        <translation>1 ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>1 message refused</source>
        <translation>1 mensagem recusada</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Free entry points opened: {count}</source>
        <translation>Pontos de entrada gratuitos abertos: {count}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversas</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensagens</translation>
    </message>
    <message>
        <source>{allowance} free service conversations in {month}: {used} used</source>
        <translation>{allowance} conversas de serviço gratuitas em {month}; usadas: {used}</translation>
    </message>
    <message>
        <source>{count} accepted message(s) could not be decided again under this regime and are counted as free.</source>
        <translation>{count} mensagem(ns) aceita(s) não puderam ser decididas de novo neste regime e contam como gratuitas.</translation>
    </message>
    <message>
        <source>{count} conversations counted</source>
        <translation>{count} conversas contadas</translation>
    </message>
    <message>
        <source>{count} free entry points</source>
        <translation>{count} pontos de entrada gratuitos</translation>
    </message>
    <message>
        <source>{count} messages counted</source>
        <translation>{count} mensagens contadas</translation>
    </message>
    <message>
        <source>{count} messages refused</source>
        <translation>{count} mensagens recusadas</translation>
    </message>
    <message>
        <source>{tier} ({beyond} charged beyond it)</source>
        <translation>{tier} ({beyond} com cobrança além dele)</translation>
    </message>
</context>
<context>
    <name>BillCsv</name>
    <message>
        <source>amount</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>cobradas</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moeda</translation>
    </message>
    <message>
        <source>first_day</source>
        <translation>primeiro_dia</translation>
    </message>
    <message>
        <source>last_day</source>
        <translation>último_dia</translation>
    </message>
    <message>
        <source>market</source>
        <translation>mercado</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>regime</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
</context>
<context>
    <name>BillingDock</name>
    <message>
        <source>&amp;Compare regimes</source>
        <translation>Co&amp;mparar regimes</translation>
    </message>
    <message>
        <source>&amp;Rate card…</source>
        <translation>&amp;Tabela de preços…</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Cost &amp;forecast…</source>
        <translation>&amp;Previsão de custos…</translation>
    </message>
    <message>
        <source>Export &amp;HTML report…</source>
        <translation>Exportar relatório &amp;HTML…</translation>
    </message>
    <message>
        <source>Export bill as &amp;CSV…</source>
        <translation>Exportar fatura como &amp;CSV…</translation>
    </message>
    <message>
        <source>View &amp;billing</source>
        <translation>Ver &amp;faturamento</translation>
    </message>
</context>
<context>
    <name>BillingRows</name>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobradas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>June 2023</source>
        <translation>Junho de 2023</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>No monthly free tier from November 2024: every service conversation is free</source>
        <translation>Sem nível gratuito mensal desde novembro de 2024: toda conversa de serviço é gratuita</translation>
    </message>
    <message>
        <source>No monthly free tier under per-message pricing: free-form replies, and utility templates inside the window, are free</source>
        <translation>Sem nível gratuito mensal com preços por mensagem: as respostas em formato livre e os modelos de utilidade dentro da janela são gratuitos</translation>
    </message>
    <message>
        <source>November 2024</source>
        <translation>Novembro de 2024</translation>
    </message>
    <message>
        <source>Per message (July 2025)</source>
        <translation>Por mensagem (julho de 2025)</translation>
    </message>
    <message>
        <source>Per message (October 2026)</source>
        <translation>Por mensagem (outubro de 2026)</translation>
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
        <translation>{count} conversas contadas, {charged} com cobrança</translation>
    </message>
    <message>
        <source>{count} messages counted, {charged} charged</source>
        <translation>{count} mensagens contadas, {charged} com cobrança</translation>
    </message>
    <message>
        <source>{regimes}: {sentence}.</source>
        <translation>{regimes}: {sentence}.</translation>
    </message>
    <message>
        <source>{regime}
amount</source>
        <translation>{regime}
valor</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>&amp;Replay the history</source>
        <translation>&amp;Reproduzir o histórico</translation>
    </message>
    <message>
        <source>As charged, under {regime}.</source>
        <translation>Como foi cobrado, com {regime}.</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>Por mercado</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot export the bill</source>
        <translation>Não é possível exportar a fatura</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Não é possível exportar o relatório</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation>Escolha um período primeiro.</translation>
    </message>
    <message>
        <source>Compare regimes</source>
        <translation>Comparar regimes</translation>
    </message>
    <message>
        <source>Cost per day, by category</source>
        <translation>Custo por dia, por categoria</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Exportar relatório HTML</translation>
    </message>
    <message>
        <source>Export bill as CSV</source>
        <translation>Exportar fatura como CSV</translation>
    </message>
    <message>
        <source>Free tier and free entry points</source>
        <translation>Nível gratuito e pontos de entrada gratuitos</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Arquivos HTML (*.html *.htm);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No message was refused.</source>
        <translation>Nenhuma mensagem foi recusada.</translation>
    </message>
    <message>
        <source>Refused messages, by reason</source>
        <translation>Mensagens recusadas, por motivo</translation>
    </message>
    <message>
        <source>Saved the bill for {period} as CSV to {path}</source>
        <translation>A fatura de {period} foi salva como CSV em {path}</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>O relatório de {period} foi salvo em {path}</translation>
    </message>
    <message>
        <source>Share by category</source>
        <translation>Participação por categoria</translation>
    </message>
    <message>
        <source>Some messages were decided under another regime, account or rate card than this workspace's now. Replaying its {count} messages shows them as {regime} would charge them.</source>
        <translation>Algumas mensagens foram decididas com outro regime, conta ou tabela de preços diferente do atual deste espaço de trabalho. Reproduzir suas {count} mensagens as mostra como {regime} as cobraria.</translation>
    </message>
    <message>
        <source>The comparison replays this workspace's {count} messages under each regime (the figures below are from before the last change).</source>
        <translation>A comparação reproduz as {count} mensagens deste espaço de trabalho em cada regime (os números abaixo são de antes da última alteração).</translation>
    </message>
    <message>
        <source>The comparison replays this workspace's {count} messages under each regime.</source>
        <translation>A comparação reproduz as {count} mensagens deste espaço de trabalho em cada regime.</translation>
    </message>
    <message>
        <source>The same history replayed under each pricing regime, and under the rules in force on each message's date (auto), for {period}, with the rate card in use. This workspace's pricing: {pricing}.</source>
        <translation>O mesmo histórico reproduzido em cada regime de preços, e com as regras em vigor na data de cada mensagem (automático), para {period}, com a tabela de preços em uso. Preços deste espaço de trabalho: {pricing}.</translation>
    </message>
    <message>
        <source>Under {regime}: the history repriced with the rate card in use, because some messages were decided under another regime or other rates. As decided when they were sent, this period's messages were charged {decided}.</source>
        <translation>Com {regime}: o histórico recalculado com a tabela de preços em uso, porque algumas mensagens foram decididas com outro regime ou outras tarifas. Como foram decididas ao serem enviadas, as mensagens deste período foram cobradas em {decided}.</translation>
    </message>
    <message>
        <source>Why the totals differ</source>
        <translation>Por que os totais diferem</translation>
    </message>
    <message>
        <source>of the conversations</source>
        <translation>das conversas</translation>
    </message>
    <message>
        <source>of the cost</source>
        <translation>do custo</translation>
    </message>
    <message>
        <source>of the messages</source>
        <translation>das mensagens</translation>
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
    <name>Catalogue</name>
    <message>
        <source>Other file…</source>
        <translation>Outro arquivo…</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Autenticação (internacional)</translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation>Ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
</context>
<context>
    <name>CategoryCode</name>
    <message>
        <source>AUTHENTICATION</source>
        <translation>AUTENTICAÇÃO</translation>
    </message>
    <message>
        <source>AUTHENTICATION_INTERNATIONAL</source>
        <translation>AUTENTICAÇÃO INTERNACIONAL</translation>
    </message>
    <message>
        <source>FREE_ENTRY_POINT</source>
        <translation>PONTO DE ENTRADA GRATUITO</translation>
    </message>
    <message>
        <source>MARKETING</source>
        <translation>MARKETING</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVIÇO</translation>
    </message>
    <message>
        <source>UTILITY</source>
        <translation>UTILIDADE</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Cost per day</source>
        <translation>Custo por dia</translation>
    </message>
    <message>
        <source>Cost per day, by category</source>
        <translation>Custo por dia, por categoria</translation>
    </message>
    <message>
        <source>Nothing was charged in this period</source>
        <translation>Nada foi cobrado neste período</translation>
    </message>
    <message>
        <source>Nothing was opened or charged in this period</source>
        <translation>Nada foi aberto nem cobrado neste período</translation>
    </message>
    <message>
        <source>Share of the cost</source>
        <translation>Participação no custo</translation>
    </message>
    <message>
        <source>Share of the cost, by category</source>
        <translation>Participação no custo, por categoria</translation>
    </message>
    <message>
        <source>{day} (nothing charged)</source>
        <translation>{day} (nada cobrado)</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>(message no longer in the chat)</source>
        <translation>(a mensagem não está mais na conversa)</translation>
    </message>
    <message>
        <source>Came from a Page button</source>
        <translation>Veio de um botão da Página</translation>
    </message>
    <message>
        <source>Came from a click-to-WhatsApp ad</source>
        <translation>Veio de um anúncio de clique para o WhatsApp</translation>
    </message>
    <message>
        <source>Customer service window closed</source>
        <translation>A janela de atendimento ao cliente foi fechada</translation>
    </message>
    <message>
        <source>Customer service window opened</source>
        <translation>A janela de atendimento ao cliente foi aberta</translation>
    </message>
    <message>
        <source>Customer service window restarted</source>
        <translation>A janela de atendimento ao cliente foi reiniciada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Template {name} ({language})</source>
        <translation>Modelo {name} ({language})</translation>
    </message>
    <message>
        <source>What the platform reports:</source>
        <translation>O que a plataforma informa:</translation>
    </message>
    <message>
        <source>closed {span} ago</source>
        <translation>fechou há {span}</translation>
    </message>
    <message>
        <source>closes in {span}</source>
        <translation>fecha em {span}</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>{category} conversation ended</source>
        <translation>A conversa de {category} terminou</translation>
    </message>
    <message>
        <source>{name} opted in</source>
        <translation>{name} fez opt-in</translation>
    </message>
    <message>
        <source>{name} opted out</source>
        <translation>{name} fez opt-out</translation>
    </message>
    <message>
        <source>{name} resumed promotions from this business in WhatsApp</source>
        <translation>{name} reativou no WhatsApp as promoções desta empresa</translation>
    </message>
    <message>
        <source>{name} stopped promotions from this business in WhatsApp (marketing templates now fail; the consent ledger is unchanged)</source>
        <translation>{name} interrompeu no WhatsApp as promoções desta empresa (os modelos de mensagem de marketing agora falham; o registro de consentimentos não muda)</translation>
    </message>
    <message>
        <source>{note} · closed</source>
        <translation>{note} · fechada</translation>
    </message>
    <message>
        <source>{note} · closes in {span}</source>
        <translation>{note} · fecha em {span}</translation>
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
        <translation>Escolha um cliente à esquerda para ver a conversa.</translation>
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
        <translation>Copiar o relatório de preços da plataforma</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Real time paused: the computer's clock went back {span}, and simulated time never goes back. Play or switch Real time on again to go on</source>
        <translation>Tempo real pausado: o relógio do computador voltou {span}, e o tempo simulado nunca volta. Reproduza ou ative o Tempo real de novo para continuar</translation>
    </message>
    <message>
        <source>simulated time only moves forward</source>
        <translation>o tempo simulado só avança</translation>
    </message>
    <message>
        <source>speed must be positive, not {speed}</source>
        <translation>a velocidade deve ser positiva, não {speed}</translation>
    </message>
    <message>
        <source>switch off real time before jumping ahead</source>
        <translation>desative o tempo real antes de avançar o relógio</translation>
    </message>
    <message>
        <source>the simulated clock is ahead of real time; real time would move it backwards</source>
        <translation>o relógio simulado está à frente do tempo real; o tempo real o faria voltar</translation>
    </message>
</context>
<context>
    <name>ClockBar</name>
    <message>
        <source>+1 day</source>
        <translation>+1 dia</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>A window or conversation ends</source>
        <translation>Termina uma janela ou conversa</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <source>Clock speed</source>
        <translation>Velocidade do relógio</translation>
    </message>
    <message>
        <source>Follow the wall clock: time runs at x1 and cannot be paused or jumped</source>
        <translation>Seguir o relógio real: o tempo corre a x1 e não pode ser pausado nem adiantado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>How fast simulated time runs: x60 is a minute a second</source>
        <translation>Com que velocidade o tempo simulado corre: x60 é um minuto por segundo</translation>
    </message>
    <message>
        <source>Jump one day ahead</source>
        <translation>Adiantar um dia</translation>
    </message>
    <message>
        <source>Jump one hour ahead</source>
        <translation>Adiantar uma hora</translation>
    </message>
    <message>
        <source>Jump the clock from {then} to now, {now}?</source>
        <translation>Levar o relógio de {then} para agora, {now}?</translation>
    </message>
    <message>
        <source>Jump to when {what}: {when} (in {span})</source>
        <translation>Ir para quando {what}: {when} (em {span})</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Próximo vencimento</translation>
    </message>
    <message>
        <source>Nothing will expire: no customer service window or conversation is open</source>
        <translation>Nada vai vencer: não há janela de atendimento ao cliente nem conversa aberta</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>REAL TIME</source>
        <translation>TEMPO REAL</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Tempo real</translation>
    </message>
    <message>
        <source>Real time follows the wall clock: every window and conversation is read {span} later, and the clock cannot be paused or jumped until real time is off. Edit &gt; Undo brings the simulated time back.</source>
        <translation>O tempo real segue o relógio real: cada janela e conversa é lida {span} mais tarde, e o relógio não pode ser pausado nem adiantado até o tempo real ser desativado. Editar &gt; Desfazer traz de volta o tempo simulado.</translation>
    </message>
    <message>
        <source>SIMULATED · x{speed}</source>
        <translation>SIMULADO · x{speed}</translation>
    </message>
    <message>
        <source>Start or stop the simulated clock</source>
        <translation>Iniciar ou parar o relógio simulado</translation>
    </message>
    <message>
        <source>Switch to real time</source>
        <translation>Mudar para tempo real</translation>
    </message>
    <message>
        <source>The clock did not change</source>
        <translation>O relógio não mudou</translation>
    </message>
    <message>
        <source>The workspace's simulated date and time (UTC)</source>
        <translation>A data e a hora simuladas do espaço de trabalho (UTC)</translation>
    </message>
    <message>
        <source>{name}'s customer service window closes</source>
        <translation>A janela de atendimento ao cliente de {name} se fecha</translation>
    </message>
    <message>
        <source>{name}'s {category} conversation ends</source>
        <translation>Termina a conversa de {category} de {name}</translation>
    </message>
    <message>
        <source>{what} (and {count} more)</source>
        <translation>{what} (e mais {count})</translation>
    </message>
    <message>
        <source>{what} at {when}; switch off real time to jump there</source>
        <translation>{what} em {when}; desative o tempo real para ir até lá</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
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
    <name>Comparison</name>
    <message>
        <source>1 message</source>
        <translation>1 mensagem</translation>
    </message>
    <message>
        <source>1 reply</source>
        <translation>1 resposta</translation>
    </message>
    <message>
        <source>1 service conversation</source>
        <translation>1 conversa de serviço</translation>
    </message>
    <message>
        <source>1 template</source>
        <translation>1 modelo de mensagem</translation>
    </message>
    <message>
        <source>All four regimes charge the same for {period}: {total}</source>
        <translation>Os quatro regimes cobram o mesmo por {period}: {total}</translation>
    </message>
    <message>
        <source>Authentication (international) templates</source>
        <translation>Os modelos de autenticação (internacional)</translation>
    </message>
    <message>
        <source>Authentication templates</source>
        <translation>Os modelos de autenticação</translation>
    </message>
    <message>
        <source>Free entry point templates</source>
        <translation>Os modelos de ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>Free-form replies are charged at the utility rate from October 2026 (reported), after {free} free a month: {amount} ({counted})</source>
        <translation>As respostas em formato livre são cobradas pela tarifa de utilidade a partir de outubro de 2026 (conforme anunciado), depois de {free} gratuitas por mês: {amount} ({counted})</translation>
    </message>
    <message>
        <source>June 2023 pricing</source>
        <translation>os preços de junho de 2023</translation>
    </message>
    <message>
        <source>Marketing templates</source>
        <translation>Os modelos de marketing</translation>
    </message>
    <message>
        <source>November 2024 pricing</source>
        <translation>os preços de novembro de 2024</translation>
    </message>
    <message>
        <source>October 2026 pricing</source>
        <translation>os preços de outubro de 2026</translation>
    </message>
    <message>
        <source>Other messages cost less under {after} than under {before}: {amount} ({counted})</source>
        <translation>Outras mensagens custam menos com {after} do que com {before}: {amount} ({counted})</translation>
    </message>
    <message>
        <source>Other messages cost more under {after} than under {before}: {amount} ({counted})</source>
        <translation>Outras mensagens custam mais com {after} do que com {before}: {amount} ({counted})</translation>
    </message>
    <message>
        <source>Service conversations are free from November 2024, but the service conversation opened here was within June 2023's monthly free tier: {amount}</source>
        <translation>As conversas de serviço são gratuitas desde novembro de 2024, mas a conversa de serviço aberta aqui estava dentro do nível gratuito mensal de junho de 2023: {amount}</translation>
    </message>
    <message>
        <source>Service conversations are free from November 2024, but the {count} service conversations opened here were all within June 2023's monthly free tier: {amount}</source>
        <translation>As conversas de serviço são gratuitas desde novembro de 2024, mas as {count} conversas de serviço abertas aqui estavam todas dentro do nível gratuito mensal de junho de 2023: {amount}</translation>
    </message>
    <message>
        <source>Service conversations are free from November 2024: {amount} ({counted} charged under June 2023 pricing once the month's free tier was used up)</source>
        <translation>As conversas de serviço são gratuitas desde novembro de 2024: {amount} ({counted} com cobrança nos preços de junho de 2023 depois de esgotado o nível gratuito do mês)</translation>
    </message>
    <message>
        <source>Service templates</source>
        <translation>Os modelos de serviço</translation>
    </message>
    <message>
        <source>The first {free} service conversations each month were free under June 2023 pricing: {counted} here, worth {worth} at service rates</source>
        <translation>As primeiras {free} conversas de serviço de cada mês eram gratuitas com os preços de junho de 2023: {counted} aqui, no valor de {worth} pelas tarifas de serviço</translation>
    </message>
    <message>
        <source>Utility templates inside an open window are charged from October 2026 (reported): {amount} ({counted})</source>
        <translation>Os modelos de utilidade dentro de uma janela aberta são cobrados a partir de outubro de 2026 (conforme anunciado): {amount} ({counted})</translation>
    </message>
    <message>
        <source>Utility templates sent inside an open window are free under per-message pricing: {amount} ({counted} that opened a charged utility conversation under November 2024 pricing)</source>
        <translation>Os modelos de utilidade enviados dentro de uma janela aberta são gratuitos com preços por mensagem: {amount} ({counted}, com abertura de uma conversa de utilidade cobrada com os preços de novembro de 2024)</translation>
    </message>
    <message>
        <source>Utility templates sent outside the window</source>
        <translation>Os modelos de utilidade enviados fora da janela</translation>
    </message>
    <message>
        <source>per-message pricing</source>
        <translation>os preços por mensagem</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} mensagens</translation>
    </message>
    <message>
        <source>{count} replies</source>
        <translation>{count} respostas</translation>
    </message>
    <message>
        <source>{count} service conversations</source>
        <translation>{count} conversas de serviço</translation>
    </message>
    <message>
        <source>{count} templates</source>
        <translation>{count} modelos de mensagem</translation>
    </message>
    <message>
        <source>{templates} are charged one by one under per-message pricing, not once per 24-hour conversation: {amount} ({counted} that joined an open {category} conversation for free under November 2024 pricing)</source>
        <translation>{templates} são cobrados um a um com preços por mensagem, não uma vez por conversa de 24 horas: {amount} ({counted}, sem cobrança dentro de uma conversa de {category} aberta com os preços de novembro de 2024)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Choose template</source>
        <translation>Escolher modelo</translation>
    </message>
    <message>
        <source>Customer sends</source>
        <translation>O cliente envia</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Mensagem direta</translation>
    </message>
    <message>
        <source>Opt in</source>
        <translation>Fazer opt-in</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Fazer opt-out</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lê</translation>
    </message>
    <message>
        <source>Resume promotions</source>
        <translation>Reativar promoções</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation>Enviar um modelo de mensagem aprovado</translation>
    </message>
    <message>
        <source>Send as free-form text (Ctrl+Enter)</source>
        <translation>Enviar como texto em formato livre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Simulate customer</source>
        <translation>Simular cliente</translation>
    </message>
    <message>
        <source>Stop promotions</source>
        <translation>Interromper promoções</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modelo…</translation>
    </message>
    <message>
        <source>The 24-hour window closed {span} ago: only an approved template can reach {name}</source>
        <translation>A janela de 24 horas fechou há {span}: somente um modelo de mensagem aprovado pode chegar a {name}</translation>
    </message>
    <message>
        <source>The customer opens the chat: the business's messages turn read (blue ticks)</source>
        <translation>O cliente abre a conversa: as mensagens da empresa ficam lidas (tiques azuis)</translation>
    </message>
    <message>
        <source>The customer stops (or resumes) this business's marketing messages in WhatsApp itself: while stopped, marketing templates fail with 131050. The business's consent ledger is not changed.</source>
        <translation>O cliente interrompe (ou reativa) no próprio WhatsApp as mensagens de marketing desta empresa: enquanto estiverem interrompidas, os modelos de mensagem de marketing falham com 131050. O registro de consentimentos da empresa não muda.</translation>
    </message>
    <message>
        <source>Try anyway</source>
        <translation>Tentar mesmo assim</translation>
    </message>
    <message>
        <source>Type a message (Ctrl+Enter sends)</source>
        <translation>Digite uma mensagem (Ctrl+Enter envia)</translation>
    </message>
    <message>
        <source>Type as {name}…</source>
        <translation>Digite como {name}…</translation>
    </message>
    <message>
        <source>Unlock the box for one message and send it: the platform refuses it with its error code, recorded as a failed send</source>
        <translation>Desbloqueia a caixa para uma mensagem e a envia: a plataforma a recusa com seu código de erro, registrado como um envio com falha</translation>
    </message>
    <message>
        <source>What sending free-form text now would do, and its cost</source>
        <translation>O que enviar agora um texto em formato livre faria, e quanto custaria</translation>
    </message>
    <message>
        <source>Where the customer's message comes from: a message from an ad or a Page button opens a free entry point</source>
        <translation>De onde vem a mensagem do cliente: uma mensagem vinda de um anúncio ou de um botão da Página abre um ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>{name} has not written yet: only an approved template can reach them</source>
        <translation>{name} ainda não escreveu: somente um modelo de mensagem aprovado pode chegar a essa pessoa</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>A keyword contains a NUL character</source>
        <translation>Uma palavra-chave contém um caractere NUL</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
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
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Reply keyword</source>
        <translation>Palavra-chave de resposta</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>SAIR</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Formulário do site</translation>
    </message>
    <message>
        <source>Yes, send me order updates and offers on WhatsApp. Reply STOP at any time to stop.</source>
        <translation>Sim, quero receber atualizações dos meus pedidos e ofertas pelo WhatsApp. Responda SAIR a qualquer momento para parar.</translation>
    </message>
    <message>
        <source>{count} keywords: keep it to {limit}</source>
        <translation>{count} palavras-chave: o máximo é {limit}</translation>
    </message>
    <message>
        <source>{keyword}…: keep each keyword under {limit} characters</source>
        <translation>{keyword}…: cada palavra-chave deve ter menos de {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent text</source>
        <translation>Texto do consentimento</translation>
    </message>
    <message>
        <source>Keep the consent text under {limit} characters, without NUL characters.</source>
        <translation>O texto do consentimento deve ter menos de {limit} caracteres, sem caracteres NUL.</translation>
    </message>
    <message>
        <source>Opt in: {name}</source>
        <translation>Opt-in: {name}</translation>
    </message>
    <message>
        <source>Opt out: {name}</source>
        <translation>Opt-out: {name}</translation>
    </message>
    <message>
        <source>Record how {name} agreed to receive WhatsApp messages. The consent ledger keeps the source and the exact words.</source>
        <translation>Registre como {name} aceitou receber mensagens do WhatsApp. O registro de consentimentos guarda a origem e as palavras exatas.</translation>
    </message>
    <message>
        <source>Record how {name} stopped WhatsApp messages. The consent ledger keeps the source and the exact words.</source>
        <translation>Registre como {name} deixou de receber mensagens do WhatsApp. O registro de consentimentos guarda a origem e as palavras exatas.</translation>
    </message>
    <message>
        <source>Record opt-in</source>
        <translation>Registrar opt-in</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar opt-out</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>importação</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>pessoalmente</translation>
    </message>
    <message>
        <source>reply keyword</source>
        <translation>palavra-chave de resposta</translation>
    </message>
    <message>
        <source>website form</source>
        <translation>formulário do site</translation>
    </message>
</context>
<context>
    <name>Consequence</name>
    <message>
        <source>Charged as {code} to {name}: {price} ({market})</source>
        <translation>Cobrada como {code} para {name}: {price} ({market})</translation>
    </message>
    <message>
        <source>Free to {name}: {why}</source>
        <translation>Gratuita para {name}: {why}</translation>
    </message>
    <message>
        <source>Joins the open {category} conversation: free</source>
        <translation>Entra na conversa aberta de {category}: gratuita</translation>
    </message>
    <message>
        <source>Opens a {code} conversation with {name}: free</source>
        <translation>Abre uma conversa de {code} com {name}: gratuita</translation>
    </message>
    <message>
        <source>Opens a {code} conversation with {name}: {price} ({market})</source>
        <translation>Abre uma conversa de {code} com {name}: {price} ({market})</translation>
    </message>
    <message>
        <source>Will be refused {code}: {reason}</source>
        <translation>Será recusada {code}: {reason}</translation>
    </message>
    <message>
        <source>Will be refused: {reason}</source>
        <translation>Será recusada: {reason}</translation>
    </message>
    <message>
        <source>free-form replies are free</source>
        <translation>as respostas em formato livre são gratuitas</translation>
    </message>
    <message>
        <source>inside the free entry point's 72 hours</source>
        <translation>dentro das 72 horas do ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>no charge</source>
        <translation>sem cobrança</translation>
    </message>
    <message>
        <source>utility templates inside the customer service window are free</source>
        <translation>os modelos de mensagem de utilidade dentro da janela de atendimento ao cliente são gratuitos</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>no WhatsApp</source>
        <translation>sem WhatsApp</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>Ana López</source>
        <translation>Ana Souza</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Enter the customer's name</source>
        <translation>Digite o nome do cliente</translation>
    </message>
    <message>
        <source>Has WhatsApp (reachable)</source>
        <translation>Tem WhatsApp (alcançável)</translation>
    </message>
    <message>
        <source>International format: + and the country code</source>
        <translation>Formato internacional: + e o código do país</translation>
    </message>
    <message>
        <source>Messages to a number without WhatsApp are never delivered (error 131026)</source>
        <translation>As mensagens para um número sem WhatsApp nunca são entregues (erro 131026)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Opted in (agreed to receive templates)</source>
        <translation>Com opt-in (aceitou receber modelos de mensagem)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Has open {category} conversation</source>
        <translation>Com conversa de {category} aberta</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Com opt-out</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Janela fechada</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Janela aberta</translation>
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
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Names ("ana"), country codes ("+52") or digits ("5512")</source>
        <translation>Nomes ("ana"), códigos de país ("+55") ou dígitos ("1198")</translation>
    </message>
    <message>
        <source>No customer matches (of {total})</source>
        <translation>Nenhum cliente corresponde (de {total})</translation>
    </message>
    <message>
        <source>No customers yet: add one with Customers › New customer</source>
        <translation>Ainda não há clientes: adicione um em Clientes › Novo cliente</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Ordem da lista</translation>
    </message>
    <message>
        <source>Search name or phone (Ctrl+K)</source>
        <translation>Buscar nome ou telefone (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show only some customers</source>
        <translation>Mostrar só alguns clientes</translation>
    </message>
    <message>
        <source>Window closes soonest</source>
        <translation>A janela fecha antes</translation>
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
        <translation>A janela de atendimento ao cliente fechou em {until} UTC: somente modelos de mensagem.</translation>
    </message>
    <message>
        <source>Customer service window open until {until} UTC.</source>
        <translation>Janela de atendimento ao cliente aberta até {until} UTC.</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Nenhuma mensagem ainda</translation>
    </message>
    <message>
        <source>Not sent: {text}</source>
        <translation>Não enviada: {text}</translation>
    </message>
    <message>
        <source>Resumed promotions in WhatsApp</source>
        <translation>Reativou as promoções no WhatsApp</translation>
    </message>
    <message>
        <source>Stopped promotions in WhatsApp</source>
        <translation>Interrompeu as promoções no WhatsApp</translation>
    </message>
    <message>
        <source>The customer has not written yet: templates only.</source>
        <translation>O cliente ainda não escreveu: somente modelos de mensagem.</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Você: {text}</translation>
    </message>
    <message>
        <source>closed {span} ago</source>
        <translation>fechou há {span}</translation>
    </message>
    <message>
        <source>no window yet</source>
        <translation>sem janela ainda</translation>
    </message>
    <message>
        <source>template {name}</source>
        <translation>modelo {name}</translation>
    </message>
    <message>
        <source>window {span} left</source>
        <translation>janela: faltam {span}</translation>
    </message>
    <message>
        <source>{category} conversation open until {until} UTC.</source>
        <translation>Conversa de {category} aberta até {until} UTC.</translation>
    </message>
    <message>
        <source>{consent}.</source>
        <translation>{consent}.</translation>
    </message>
    <message>
        <source>{consent}. No WhatsApp account.</source>
        <translation>{consent}. Sem conta do WhatsApp.</translation>
    </message>
</context>
<context>
    <name>DeliveryDelay</name>
    <message>
        <source>&amp;Delivery delay…</source>
        <translation>&amp;Atraso de entrega…</translation>
    </message>
    <message>
        <source>A business message shows one grey tick when sent and two when it reaches the customer's phone, this many simulated seconds later; they turn blue when the customer reads it. The Cloud API sends its sent, delivered and read statuses at those instants. 0 s: delivered the moment it is sent. Messages already sent keep their own delivery time.</source>
        <translation>Uma mensagem da empresa mostra um tique cinza ao ser enviada e dois quando chega ao telefone do cliente, esta quantidade de segundos simulados depois; eles ficam azuis quando o cliente a lê. A Cloud API envia seus status sent, delivered e read nesses instantes. 0 s: entregue no momento em que é enviada. As mensagens já enviadas mantêm o próprio tempo de entrega.</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>Atraso de entrega</translation>
    </message>
    <message>
        <source>Simulated delivery delay</source>
        <translation>Atraso de entrega simulado</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Choose a customer to see their window, conversations, consent and costs.</source>
        <translation>Escolha um cliente para ver a janela, as conversas, o consentimento e os custos dele.</translation>
    </message>
    <message>
        <source>Closed {span} ago</source>
        <translation>Fechou há {span}</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation>Janela de atendimento ao cliente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Resta</translation>
    </message>
    <message>
        <source>Market and rates</source>
        <translation>Mercado e tarifas</translation>
    </message>
    <message>
        <source>Never opened: the customer has not written</source>
        <translation>Nunca foi aberta: o cliente não escreveu</translation>
    </message>
    <message>
        <source>None yet: a conversation opens when a business message is delivered.</source>
        <translation>Nenhuma ainda: uma conversa é aberta quando uma mensagem da empresa é entregue.</translation>
    </message>
    <message>
        <source>Open · closes in {span}</source>
        <translation>Aberta · fecha em {span}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Deu seu consentimento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Cancelou o consentimento</translation>
    </message>
    <message>
        <source>Pricing: {regime}</source>
        <translation>Preços: {regime}</translation>
    </message>
    <message>
        <source>Promotions: {name} receives this business's marketing in WhatsApp</source>
        <translation>Promoções: {name} recebe no WhatsApp o marketing desta empresa</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Custo acumulado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminou</translation>
    </message>
    <message>
        <source>ends in {span}</source>
        <translation>termina em {span}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuita</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not yet open</source>
        <translation>ainda não aberta</translation>
    </message>
    <message>
        <source>{amount} · 1 charged message</source>
        <translation>{amount} · 1 mensagem cobrada</translation>
    </message>
    <message>
        <source>{amount} · {count} charged messages</source>
        <translation>{amount} · {count} mensagens cobradas</translation>
    </message>
    <message>
        <source>{category}: {opened} to {expires}</source>
        <translation>{category}: de {opened} a {expires}</translation>
    </message>
    <message>
        <source>{market} ({currency} · rate card {effective})</source>
        <translation>{market} ({currency} · tabela de preços de {effective})</translation>
    </message>
    <message>
        <source>{name} has WhatsApp: messages are delivered</source>
        <translation>{name} tem WhatsApp: as mensagens são entregues</translation>
    </message>
    <message>
        <source>{name} has no WhatsApp account: every business message fails with {code} and nothing is charged</source>
        <translation>{name} não tem conta do WhatsApp: toda mensagem da empresa falha com {code} e nada é cobrado</translation>
    </message>
    <message>
        <source>{name} stopped promotions in WhatsApp: marketing templates fail with {code} until {name} resumes them</source>
        <translation>{name} interrompeu as promoções no WhatsApp: os modelos de mensagem de marketing falham com {code} até que {name} as reative</translation>
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
    <name>ExerciseChooser</name>
    <message>
        <source>Each exercise opens its start workspace in a new file. Work the inbox, then choose Trainer › Grade exercise.</source>
        <translation>Cada exercício abre seu espaço de trabalho inicial em um arquivo novo. Trabalhe na caixa de entrada e depois escolha Instrutor › Avaliar exercício.</translation>
    </message>
    <message>
        <source>Exercise file</source>
        <translation>Arquivo de exercício</translation>
    </message>
    <message>
        <source>Exercises (*.json);;All files (*)</source>
        <translation>Exercícios (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Dica: {hint}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start exercise</source>
        <translation>Iniciar exercício</translation>
    </message>
    <message>
        <source>This exercise cannot be used</source>
        <translation>Não é possível usar este exercício</translation>
    </message>
</context>
<context>
    <name>ExerciseError</name>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: não pode ser lido ({reason})</translation>
    </message>
    <message>
        <source>{file}: expected an object</source>
        <translation>{file}: era esperado um objeto</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}: não é texto UTF-8</translation>
    </message>
    <message>
        <source>{file}: over the {limit} byte limit</source>
        <translation>{file}: ultrapassa o limite de {limit} bytes</translation>
    </message>
    <message>
        <source>{file}: target.customer: no customer {id} in the workspace</source>
        <translation>{file}: target.customer: não há nenhum cliente {id} no espaço de trabalho</translation>
    </message>
    <message>
        <source>{file}: target.template: no template {name} in the workspace</source>
        <translation>{file}: target.template: não há nenhum modelo {name} no espaço de trabalho</translation>
    </message>
    <message>
        <source>{file}: target: expected customer, template (and language)</source>
        <translation>{file}: target: eram esperados customer, template (e language)</translation>
    </message>
    <message>
        <source>{file}: workspace: missing (a scenario object)</source>
        <translation>{file}: workspace: ausente (um objeto de cenário)</translation>
    </message>
    <message>
        <source>{file}: {field}: unknown field</source>
        <translation>{file}: {field}: campo desconhecido</translation>
    </message>
    <message>
        <source>{where}: {field}: expected a text</source>
        <translation>{where}: {field}: era esperado um texto</translation>
    </message>
    <message>
        <source>{where}: {value} is not an amount</source>
        <translation>{where}: {value} não é um valor</translation>
    </message>
    <message>
        <source>{where}: {value} is not an amount (0 to {limit}, at most {decimals} decimals)</source>
        <translation>{where}: {value} não é um valor (de 0 a {limit}, com no máximo {decimals} casas decimais)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Forecast: {customers} customers messaged a day and {inbound} writing first, {days} days, {market}</source>
        <translation>Previsão: {customers} clientes contatados por dia e {inbound} que escrevem primeiro, {days} dias, {market}</translation>
    </message>
    <message>
        <source>Forecast: {customers} customers messaged a day, {days} days, {market}</source>
        <translation>Previsão: {customers} clientes contatados por dia, {days} dias, {market}</translation>
    </message>
    <message>
        <source>the mix is empty: give each template category a share</source>
        <translation>a combinação está vazia: dê uma participação a cada categoria de modelo</translation>
    </message>
    <message>
        <source>the mix's shares must be 0 or more, and not all 0</source>
        <translation>as participações da combinação devem ser 0 ou mais, e não todas 0</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source> a day</source>
        <translation> por dia</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Dias</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primeiro dia</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Mercado</translation>
    </message>
    <message>
        <source>&amp;Reply (messaged customers)</source>
        <translation>&amp;Respondem (clientes contatados)</translation>
    </message>
    <message>
        <source>&amp;Run forecast</source>
        <translation>&amp;Calcular previsão</translation>
    </message>
    <message>
        <source>Authentication templates</source>
        <translation>Modelos de autenticação</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Cost forecast</source>
        <translation>Previsão de custos</translation>
    </message>
    <message>
        <source>Customers &amp;messaged</source>
        <translation>Clientes &amp;contatados</translation>
    </message>
    <message>
        <source>Customers &amp;writing first</source>
        <translation>Clientes que &amp;escrevem primeiro</translation>
    </message>
    <message>
        <source>Get a &amp;follow-up utility template</source>
        <translation>Recebem um modelo de utilidade de &amp;acompanhamento</translation>
    </message>
    <message>
        <source>Marketing templates</source>
        <translation>Modelos de marketing</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Shares are weighed against each other</source>
        <translation>As participações são ponderadas entre si</translation>
    </message>
    <message>
        <source>Template mix and replies</source>
        <translation>Combinação de modelos e respostas</translation>
    </message>
    <message>
        <source>Under {regime}: {line}</source>
        <translation>Com {regime}: {line}</translation>
    </message>
    <message>
        <source>Utility templates</source>
        <translation>Modelos de utilidade</translation>
    </message>
    <message>
        <source>What a month of messages would cost in one market, under each pricing regime. Nothing is sent: the plan is simulated through the same rules as the inbox.</source>
        <translation>Quanto custaria um mês de mensagens em um mercado, em cada regime de preços. Nada é enviado: o plano é simulado com as mesmas regras da caixa de entrada.</translation>
    </message>
    <message>
        <source>Write first from an &amp;ad</source>
        <translation>Escrevem primeiro a partir de um &amp;anúncio</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>o mais barato</translation>
    </message>
    <message>
        <source>the cheapest</source>
        <translation>o mais barato</translation>
    </message>
    <message>
        <source>{forecast}: {period}. Cheapest: {regime}.</source>
        <translation>{forecast}: {period}. Mais barato: {regime}.</translation>
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
    <name>Grading</name>
    <message>
        <source>A free-form reply inside the window would have been free (a service conversation, within the monthly free tier).</source>
        <translation>Uma resposta de formato livre dentro da janela teria sido gratuita (uma conversa de serviço, dentro da cota mensal gratuita).</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have been free (service conversations are free).</source>
        <translation>Uma resposta de formato livre dentro da janela teria sido gratuita (as conversas de serviço são gratuitas).</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have been free.</source>
        <translation>Uma resposta de formato livre dentro da janela teria sido gratuita.</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have been {amount}.</source>
        <translation>Uma resposta de formato livre dentro da janela teria custado {amount}.</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have joined the open {category} conversation: free.</source>
        <translation>Uma resposta de formato livre dentro da janela teria entrado na conversa de {category} aberta: grátis.</translation>
    </message>
    <message>
        <source>A free-form reply inside the window would have joined the open {category} conversation: {amount}.</source>
        <translation>Uma resposta de formato livre dentro da janela teria entrado na conversa de {category} aberta: {amount}.</translation>
    </message>
    <message>
        <source>A template charged {cost} while {name}'s customer service window was open (until {until}).</source>
        <translation>Um modelo cobrado a {cost} enquanto a janela de atendimento ao cliente de {name} estava aberta (até {until}).</translation>
    </message>
    <message>
        <source>Choose an approved template in the customer's language.</source>
        <translation>Escolha um modelo aprovado no idioma do cliente.</translation>
    </message>
    <message>
        <source>Choose another approved template: a paused one cannot be sent until its quality recovers.</source>
        <translation>Escolha outro modelo aprovado: um modelo pausado não pode ser enviado até que sua qualidade se recupere.</translation>
    </message>
    <message>
        <source>Choose another approved template: this one is disabled.</source>
        <translation>Escolha outro modelo aprovado: este está desativado.</translation>
    </message>
    <message>
        <source>Every business message in this workspace, checked against the rules.</source>
        <translation>Cada mensagem da empresa neste espaço de trabalho, conferida com as regras.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Free-form text needs an open window; {name}'s window closed at {time}.</source>
        <translation>Um texto de formato livre precisa de uma janela aberta; a janela de {name} fechou em {time}.</translation>
    </message>
    <message>
        <source>Free-form text needs an open window; {name}'s window never opened.</source>
        <translation>Um texto de formato livre precisa de uma janela aberta; a janela de {name} nunca foi aberta.</translation>
    </message>
    <message>
        <source>Free-form: “{text}”</source>
        <translation>Formato livre: “{text}”</translation>
    </message>
    <message>
        <source>Free.</source>
        <translation>Gratuito.</translation>
    </message>
    <message>
        <source>Free: joined the open {category} conversation.</source>
        <translation>Grátis: entrou na conversa de {category} aberta.</translation>
    </message>
    <message>
        <source>Give one value per {parameter} parameter of the template.</source>
        <translation>Informe um valor para cada parâmetro {parameter} do modelo.</translation>
    </message>
    <message>
        <source>Goal: {template} to {name}</source>
        <translation>Objetivo: {template} para {name}</translation>
    </message>
    <message>
        <source>Neither the {template} template nor a free-form reply reached {name}.</source>
        <translation>Nem o modelo {template} nem uma resposta de formato livre chegaram a {name}.</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>Nunca foi entregue</translation>
    </message>
    <message>
        <source>No cheaper way at that moment.</source>
        <translation>Não havia jeito mais barato naquele momento.</translation>
    </message>
    <message>
        <source>No free way: {name}'s window was closed, so only a template could reach them.</source>
        <translation>Não havia jeito gratuito: a janela de {name} estava fechada, então só um modelo poderia chegar.</translation>
    </message>
    <message>
        <source>Opened a second conversation ({category}, {cost}) while {name}'s {open} conversation was open until {until}.</source>
        <translation>Abriu uma segunda conversa ({category}, {cost}) enquanto a conversa de {open} de {name} estava aberta até {until}.</translation>
    </message>
    <message>
        <source>Record {name}'s opt-in first (with its source and words), or wait for {name} to write: inside the window a template needs no opt-in.</source>
        <translation>Registre primeiro o opt-in de {name} (com a origem e as palavras), ou espere {name} escrever: dentro da janela um modelo não precisa de opt-in.</translation>
    </message>
    <message>
        <source>Reply to {name} free-form if the window is open; otherwise send the approved {template} template.</source>
        <translation>Responda a {name} em formato livre se a janela estiver aberta; caso contrário, envie o modelo aprovado {template}.</translation>
    </message>
    <message>
        <source>Send an approved template instead (a utility template opens a conversation at {amount} in {market}), or wait for {name} to write and reply free inside the window.</source>
        <translation>Envie um modelo aprovado em vez disso (um modelo de utilidade abre uma conversa a {amount} em {market}), ou espere {name} escrever e responda de graça dentro da janela.</translation>
    </message>
    <message>
        <source>Send {name} no promotions. A utility template, or a free-form reply inside the window, can still carry order news.</source>
        <translation>Não envie promoções a {name}. Um modelo de utilidade, ou uma resposta de formato livre dentro da janela, ainda pode levar novidades do pedido.</translation>
    </message>
    <message>
        <source>Template {name}</source>
        <translation>Modelo {name}</translation>
    </message>
    <message>
        <source>Template {name} ({category})</source>
        <translation>Modelo {name} ({category})</translation>
    </message>
    <message>
        <source>The platform refused it: nothing was delivered.</source>
        <translation>A plataforma recusou: nada foi entregue.</translation>
    </message>
    <message>
        <source>Workspace review</source>
        <translation>Revisão do espaço de trabalho</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>{name} got the update as a free-form message.</source>
        <translation>{name} recebeu a novidade em uma mensagem de formato livre.</translation>
    </message>
    <message>
        <source>{name} got the update as the {template} template.</source>
        <translation>{name} recebeu a novidade pelo modelo {template}.</translation>
    </message>
    <message>
        <source>{name} has not opted in: record an opt-in before sending a template, or wait for {name} to write and reply inside the window.</source>
        <translation>{name} não fez opt-in: registre um opt-in antes de enviar um modelo, ou espere {name} escrever e responda dentro da janela.</translation>
    </message>
    <message>
        <source>{name} opted out: no marketing template may reach them.</source>
        <translation>{name} fez opt-out: nenhum modelo de marketing pode chegar a essa pessoa.</translation>
    </message>
    <message>
        <source>{name}'s number has no WhatsApp account: check the number before sending.</source>
        <translation>O número de {name} não tem conta no WhatsApp: confira o número antes de enviar.</translation>
    </message>
</context>
<context>
    <name>GradingCsv</name>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>at</source>
        <translation>data</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cobrança</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>label</source>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linha</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>penalidade</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>score</source>
        <translation>pontuação</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredito</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por quê</translation>
    </message>
</context>
<context>
    <name>GradingReport</name>
    <message>
        <source>1 mistake</source>
        <translation>1 erro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No business messages to grade.</source>
        <translation>Não há mensagens da empresa para avaliar.</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalidade</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score {score}/100 · {mistakes} · spent {spent}</source>
        <translation>Pontuação {score}/100 · {mistakes} · gasto {spent}</translation>
    </message>
    <message>
        <source>Score {score}/100 · {mistakes} · spent {spent} (the cheapest way: {best})</source>
        <translation>Pontuação {score}/100 · {mistakes} · gasto {spent} (o jeito mais barato: {best})</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Why, and the cheaper way</source>
        <translation>Por quê, e o jeito mais barato</translation>
    </message>
    <message>
        <source>no mistakes</source>
        <translation>nenhum erro</translation>
    </message>
    <message>
        <source>{count} mistakes</source>
        <translation>{count} erros</translation>
    </message>
    <message>
        <source>{title}: grading report</source>
        <translation>{title}: relatório de avaliação</translation>
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
    <name>KeywordsDialog</name>
    <message>
        <source>A customer whose whole message is one of these words is opted out of marketing, and the consent ledger records it (source: reply keyword). One keyword per line; case does not matter.</source>
        <translation>Um cliente cuja mensagem inteira é uma destas palavras tem o opt-out do marketing registrado, e o registro de consentimentos o anota (origem: palavra-chave de resposta). Uma palavra-chave por linha; maiúsculas e minúsculas não importam.</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Palavras-chave de descadastro</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
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
        <translation>1 pergunta</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 passo</translation>
    </message>
    <message>
        <source>A lesson plays its story step by step in its own workspace, with questions for the audience; your inbox stays in its file (File › Open recent).</source>
        <translation>Uma lição reproduz sua história passo a passo em um espaço de trabalho próprio, com perguntas para o público; sua caixa de entrada continua no arquivo dela (Arquivo › Abrir recentes).</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Leave the lesson?</source>
        <translation>Sair da lição?</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lições (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lição</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} perguntas</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} passos</translation>
    </message>
    <message>
        <source>“{title}” is at step {n} of {total}. Open another lesson and lose this one's progress?</source>
        <translation>“{title}” está no passo {n} de {total}. Abrir outra lição e perder o progresso desta?</translation>
    </message>
</context>
<context>
    <name>LessonCategory</name>
    <message>
        <source>authentication</source>
        <translation>autenticação</translation>
    </message>
    <message>
        <source>free entry point</source>
        <translation>ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>utilidade</translation>
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
        <translation>dez</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>fev</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
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
        <translation>mai</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <source>&amp;Back one step</source>
        <translation>&amp;Voltar um passo</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Próximo passo</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Abrir lição…</translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation>&amp;Reiniciar lição</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Show lesson &amp;player</source>
        <translation>Mostrar o &amp;reprodutor de lições</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Answer the question to play this step.</source>
        <translation>Responda à pergunta para reproduzir este passo.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Charged in this lesson: {amount}.</source>
        <translation>Cobrado nesta lição: {amount}.</translation>
    </message>
    <message>
        <source>End of the lesson.</source>
        <translation>Fim da lição.</translation>
    </message>
    <message>
        <source>Goals ({count})</source>
        <translation>Objetivos ({count})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>No lesson loaded. Open one to play it step by step in the inbox.</source>
        <translation>Nenhuma lição aberta. Abra uma para reproduzi-la passo a passo na caixa de entrada.</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>Abrir lição…</translation>
    </message>
    <message>
        <source>Press Next to play the first step.</source>
        <translation>Clique em Próximo para reproduzir o primeiro passo.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Right answers: {right} of {asked}.</source>
        <translation>Respostas certas: {right} de {asked}.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Passo {n} de {total}</translation>
    </message>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>Não é possível abrir esta lição</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>✓ Right: {choice}.</source>
        <translation>✓ Certo: {choice}.</translation>
    </message>
    <message>
        <source>✗ Not quite: the answer is {choice}.</source>
        <translation>✗ Não exatamente. A resposta certa é: {choice}.</translation>
    </message>
</context>
<context>
    <name>LessonStep</name>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Charge: none</source>
        <translation>Cobrança: nenhuma</translation>
    </message>
    <message>
        <source>Charge: none (monthly free tier of service conversations)</source>
        <translation>Cobrança: nenhuma (cota mensal gratuita de conversas de serviço)</translation>
    </message>
    <message>
        <source>Charge: none (service conversations are free since November 2024)</source>
        <translation>Cobrança: nenhuma (as conversas de serviço são gratuitas desde novembro de 2024)</translation>
    </message>
    <message>
        <source>Charge: {amount} ({market})</source>
        <translation>Cobrança: {amount} ({market})</translation>
    </message>
    <message>
        <source>Counted in the open {category} conversation</source>
        <translation>Contada na conversa de {category} aberta</translation>
    </message>
    <message>
        <source>Customer service window: closed since {until}</source>
        <translation>Janela de atendimento ao cliente: fechada desde {until}</translation>
    </message>
    <message>
        <source>Customer service window: never opened</source>
        <translation>Janela de atendimento ao cliente: nunca foi aberta</translation>
    </message>
    <message>
        <source>Customer service window: open until {until} ({left} left)</source>
        <translation>Janela de atendimento ao cliente: aberta até {until} (faltam {left})</translation>
    </message>
    <message>
        <source>Inside a free entry point: every message is free</source>
        <translation>Dentro de um ponto de entrada gratuito: toda mensagem é gratuita</translation>
    </message>
    <message>
        <source>Marketing resumed in WhatsApp</source>
        <translation>Marketing retomado no WhatsApp</translation>
    </message>
    <message>
        <source>Marketing stopped in WhatsApp</source>
        <translation>Marketing interrompido no WhatsApp</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Mensagem recebida</translation>
    </message>
    <message>
        <source>Opens a {category} conversation until {until}</source>
        <translation>Abre uma conversa de {category} até {until}</translation>
    </message>
    <message>
        <source>Opt-in recorded</source>
        <translation>Opt-in registrado</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Opt-out registrado</translation>
    </message>
    <message>
        <source>Per-message pricing: counted as {category}</source>
        <translation>Preço por mensagem: contada como {category}</translation>
    </message>
    <message>
        <source>Refused · {code}</source>
        <translation>Recusado · {code}</translation>
    </message>
    <message>
        <source>Template category changed</source>
        <translation>A categoria do modelo mudou</translation>
    </message>
    <message>
        <source>Template status changed</source>
        <translation>O status do modelo mudou</translation>
    </message>
    <message>
        <source>The business replies to {name}: “{text}”</source>
        <translation>A empresa responde a {name}: “{text}”</translation>
    </message>
    <message>
        <source>The business sends {name} the template {template} ({locale})</source>
        <translation>A empresa envia a {name} o modelo {template} ({locale})</translation>
    </message>
    <message>
        <source>The template {template} ({locale}) changes category</source>
        <translation>O modelo {template} ({locale}) muda de categoria</translation>
    </message>
    <message>
        <source>The template {template} ({locale}) changes status</source>
        <translation>O modelo {template} ({locale}) muda de status</translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation>O tempo passou</translation>
    </message>
    <message>
        <source>Time passes ({name})</source>
        <translation>O tempo passa ({name})</translation>
    </message>
    <message>
        <source>no opt-in</source>
        <translation>sem opt-in</translation>
    </message>
    <message>
        <source>{name} opts in to messages from the business</source>
        <translation>{name} aceita receber mensagens da empresa</translation>
    </message>
    <message>
        <source>{name} opts out of marketing messages</source>
        <translation>{name} faz opt-out das mensagens de marketing</translation>
    </message>
    <message>
        <source>{name} resumes this business's marketing messages in WhatsApp</source>
        <translation>{name} retoma no WhatsApp as mensagens de marketing desta empresa</translation>
    </message>
    <message>
        <source>{name} stops this business's marketing messages in WhatsApp</source>
        <translation>{name} interrompe no WhatsApp as mensagens de marketing desta empresa</translation>
    </message>
    <message>
        <source>{name} writes from a Facebook Page button: “{text}”</source>
        <translation>{name} escreve a partir de um botão da Página do Facebook da empresa: “{text}”</translation>
    </message>
    <message>
        <source>{name} writes from a click-to-WhatsApp ad: “{text}”</source>
        <translation>{name} escreve a partir de um anúncio de clique para o WhatsApp: “{text}”</translation>
    </message>
    <message>
        <source>{name} writes: “{text}”</source>
        <translation>{name} escreve: “{text}”</translation>
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
    <name>OutcomeNote</name>
    <message>
        <source>Charged as {category}: {charge} ({market})</source>
        <translation>Cobrada como {category}: {charge} ({market})</translation>
    </message>
    <message>
        <source>Counted in the open {category} conversation: no charge</source>
        <translation>Contada na conversa aberta de {category}: sem cobrança</translation>
    </message>
    <message>
        <source>Free entry point conversation opened (72 h), free</source>
        <translation>Conversa de ponto de entrada gratuito aberta (72 h), gratuita</translation>
    </message>
    <message>
        <source>Free entry point: every message is free for 72 h</source>
        <translation>Ponto de entrada gratuito: todas as mensagens são gratuitas por 72 h</translation>
    </message>
    <message>
        <source>Not sent ({code}): {reason}</source>
        <translation>Não enviada ({code}): {reason}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Não enviada: {reason}</translation>
    </message>
    <message>
        <source>{label} conversation opened, charged {charge} ({market})</source>
        <translation>{label}: conversa aberta, cobrada em {charge} ({market})</translation>
    </message>
    <message>
        <source>{label} conversation opened, free</source>
        <translation>{label}: conversa aberta, gratuita</translation>
    </message>
    <message>
        <source>{label} conversation opened, free (monthly free tier)</source>
        <translation>{label}: conversa aberta, gratuita (nível gratuito mensal)</translation>
    </message>
    <message>
        <source>{label} conversation opened, free (service is free since November 2024)</source>
        <translation>{label}: conversa aberta, gratuita (o serviço é gratuito desde novembro de 2024)</translation>
    </message>
    <message>
        <source>{label} message: free</source>
        <translation>Mensagem de {label}: gratuita</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>This day</source>
        <translation>Este dia</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
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
        <translation>Escolha o primeiro e o último dia</translation>
    </message>
    <message>
        <source>ISO week {week} of {year} ({first} to {last})</source>
        <translation>Semana ISO {week} de {year} ({first} a {last})</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose a last day on or after the first</source>
        <translation>O intervalo termina antes de começar: escolha um último dia igual ou posterior ao primeiro</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>{first} to {last} UTC</source>
        <translation>{first} a {last} UTC</translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <source>Enter a phone number, with + and the country code (e.g. +52 55 1234 5678)</source>
        <translation>Digite um número de telefone, com + e o código do país (por exemplo, +55 11 91234 5678)</translation>
    </message>
    <message>
        <source>country code +{code}</source>
        <translation>o código de país +{code}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>longo demais</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>curto demais</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>código de país desconhecido</translation>
    </message>
    <message>
        <source>{number} contains letters: use digits only, with + and the country code</source>
        <translation>{number} contém letras: use apenas dígitos, com + e o código do país</translation>
    </message>
    <message>
        <source>{number} has no country code: start with + and the country code</source>
        <translation>{number} não tem código de país: comece com + e o código do país</translation>
    </message>
    <message>
        <source>{number} is not a phone number: {reason}</source>
        <translation>{number} não é um número de telefone: {reason}</translation>
    </message>
    <message>
        <source>{number} is not a possible length for {where}</source>
        <translation>{number} não tem um comprimento possível para {where}</translation>
    </message>
    <message>
        <source>{number} is not a valid number for {where}</source>
        <translation>{number} não é um número válido para {where}</translation>
    </message>
    <message>
        <source>{number} is too long for {where}</source>
        <translation>{number} é longo demais para {where}</translation>
    </message>
    <message>
        <source>{number} is too short for {where}</source>
        <translation>{number} é curto demais para {where}</translation>
    </message>
</context>
<context>
    <name>PhoneView</name>
    <message>
        <source>Comes from an ad (click-to-WhatsApp)</source>
        <translation>Vem de um anúncio (clique para o WhatsApp)</translation>
    </message>
    <message>
        <source>Customer's phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Tap: the customer answers with this button (a button reply)</source>
        <translation>Tocar: o cliente responde com este botão (uma resposta de botão)</translation>
    </message>
    <message>
        <source>The next message arrives with an ad's referral: a free entry point (for that message only)</source>
        <translation>A próxima mensagem chega com a referência de um anúncio: um ponto de entrada gratuito (só para essa mensagem)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Sua empresa</translation>
    </message>
    <message>
        <source>{name}'s phone</source>
        <translation>Telefone de {name}</translation>
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
        <translation>&amp;Voltar à tabela incluída</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation>1 país</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Back to the bundled rate card.</source>
        <translation>De volta à tabela de preços incluída.</translation>
    </message>
    <message>
        <source>Cannot export the rate card</source>
        <translation>Não é possível exportar a tabela de preços</translation>
    </message>
    <message>
        <source>Double-click a rate to edit it.</source>
        <translation>Clique duas vezes em uma tarifa para editá-la.</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigência</translation>
    </message>
    <message>
        <source>Every other country</source>
        <translation>Todos os outros países</translation>
    </message>
    <message>
        <source>Export rate card</source>
        <translation>Exportar tabela de preços</translation>
    </message>
    <message>
        <source>Import rate card</source>
        <translation>Importar tabela de preços</translation>
    </message>
    <message>
        <source>Imported 1 market from {file}: new messages are priced with them.</source>
        <translation>1 mercado importado de {file}: as novas mensagens são precificadas com ele.</translation>
    </message>
    <message>
        <source>Imported {count} markets from {file}: new messages are priced with them.</source>
        <translation>{count} mercados importados de {file}: as novas mensagens são precificadas com eles.</translation>
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
        <translation>Precificar as novas mensagens com a tabela de preços incluída de novo? As tarifas próprias deste espaço de trabalho são descartadas; as mensagens já enviadas mantêm o que foi cobrado.</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Tabela de preços</translation>
    </message>
    <message>
        <source>Rate card CSV (*.csv);;All files (*)</source>
        <translation>Tabela de preços CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Reset to the bundled rate card</source>
        <translation>Voltar à tabela de preços incluída</translation>
    </message>
    <message>
        <source>Saved the rate card to {path}</source>
        <translation>A tabela de preços foi salva em {path}</translation>
    </message>
    <message>
        <source>Saved: {change}.</source>
        <translation>Salvo: {change}.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Set by the scenario this workspace was made from; it comes before the card</source>
        <translation>Definido pelo cenário a partir do qual este espaço de trabalho foi criado; tem prioridade sobre a tabela</translation>
    </message>
    <message>
        <source>Shown: the card in force on {day} in {currency} (the account's currency; effective {effective}). Where no sourced figure exists the table says so rather than guess.</source>
        <translation>Exibida: a tabela em vigor em {day} em {currency} (a moeda da conta; vigência {effective}). Onde não há um valor com fonte, a tabela informa isso em vez de adivinhar.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The bundled rate card ({file}: rates with their sources, by date). New messages are priced with it; messages already sent keep what they were charged.</source>
        <translation>A tabela de preços incluída ({file}: tarifas com suas fontes, por data). As novas mensagens são precificadas com ela; as mensagens já enviadas mantêm o que foi cobrado.</translation>
    </message>
    <message>
        <source>The first row comes from the scenario this workspace was made from and cannot be edited here.</source>
        <translation>A primeira linha vem do cenário a partir do qual este espaço de trabalho foi criado e não pode ser editada aqui.</translation>
    </message>
    <message>
        <source>The first {count} rows come from the scenario this workspace was made from and cannot be edited here.</source>
        <translation>As primeiras {count} linhas vêm do cenário a partir do qual este espaço de trabalho foi criado e não podem ser editadas aqui.</translation>
    </message>
    <message>
        <source>The scenario this workspace was made from sets every rate, so the card's own rows are not used.</source>
        <translation>O cenário a partir do qual este espaço de trabalho foi criado define todas as tarifas, então as linhas próprias da tabela não são usadas.</translation>
    </message>
    <message>
        <source>This rate card cannot be imported</source>
        <translation>Não é possível importar esta tabela de preços</translation>
    </message>
    <message>
        <source>This workspace's own rate card (imported or edited). New messages are priced with it; messages already sent keep what they were charged.</source>
        <translation>A tabela de preços própria deste espaço de trabalho (importada ou editada). As novas mensagens são precificadas com ela; as mensagens já enviadas mantêm o que foi cobrado.</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>no sourced figure for {market} {category} in {currency} on {day}</source>
        <translation>sem valor documentado para {market} {category} em {currency} em {day}</translation>
    </message>
    <message>
        <source>no sourced figure: service is free from 2024-11-01 and the cards print none</source>
        <translation>sem valor documentado: o serviço é gratuito desde 2024-11-01 e as tabelas de preços não publicam nenhum</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>on an unknown date</source>
        <translation>em uma data desconhecida</translation>
    </message>
    <message>
        <source>{category} rate, per conversation (per message under per-message pricing). Double-click a rate to edit it.</source>
        <translation>Tarifa de {category}, por conversa (por mensagem com preços por mensagem). Clique duas vezes em uma tarifa para editá-la.</translation>
    </message>
    <message>
        <source>{count} countries</source>
        <translation>{count} países</translation>
    </message>
    <message>
        <source>{file}, {reason}

The rate card in use has not changed.</source>
        <translation>{file}, {reason}

A tabela de preços em uso não mudou.</translation>
    </message>
    <message>
        <source>{file}: {reason}

The rate card in use has not changed.</source>
        <translation>{file}: {reason}

A tabela de preços em uso não mudou.</translation>
    </message>
    <message>
        <source>{market} by date ({currency}): every dated rate, newest first</source>
        <translation>{market} por data ({currency}): todas as tarifas com data, a mais recente primeiro</translation>
    </message>
    <message>
        <source>{market}, {category} rate</source>
        <translation>{market}, tarifa de {category}</translation>
    </message>
    <message>
        <source>{market}, {category}: {rate} from the next message</source>
        <translation>{market}, {category}: {rate} a partir da próxima mensagem</translation>
    </message>
    <message>
        <source>{reason}. The rate was not changed.</source>
        <translation>{reason}. A tarifa não foi alterada.</translation>
    </message>
    <message>
        <source>{reason}: the dialog shows none rather than a guess</source>
        <translation>{reason}: a caixa de diálogo não mostra nenhuma em vez de adivinhar</translation>
    </message>
    <message>
        <source>{where}: enter a rate such as 0.0250</source>
        <translation>{where}: digite uma tarifa como 0.0250</translation>
    </message>
</context>
<context>
    <name>RateCardCheck</name>
    <message>
        <source>line 1: missing column(s) {columns}</source>
        <translation>linha 1: falta(m) a(s) coluna(s) {columns}</translation>
    </message>
    <message>
        <source>line 1: unknown column(s) {unknown}; the columns are {columns}</source>
        <translation>linha 1: coluna(s) desconhecida(s) {unknown}; as colunas são {columns}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>line {line}: more values than the {count} columns</source>
        <translation>linha {line}: mais valores do que as {count} colunas</translation>
    </message>
    <message>
        <source>line {line}: more values than the {count} columns (a comma too many, or a value needing quotes?)</source>
        <translation>linha {line}: mais valores do que as {count} colunas (uma vírgula a mais, ou um valor que precisa de aspas?)</translation>
    </message>
    <message>
        <source>line {line}: region and market must not be empty</source>
        <translation>linha {line}: a região e o mercado não podem estar vazios</translation>
    </message>
    <message>
        <source>market {market}, effective</source>
        <translation>mercado {market}, vigência</translation>
    </message>
    <message>
        <source>not a readable CSV file ({error})</source>
        <translation>não é um arquivo CSV legível ({error})</translation>
    </message>
    <message>
        <source>the file is {length} characters, over the {limit} limit</source>
        <translation>o arquivo tem {length} caracteres, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>the rate card has no row for {region}</source>
        <translation>a tabela de preços não tem uma linha para {region}</translation>
    </message>
    <message>
        <source>the rate card has no rows</source>
        <translation>a tabela de preços não tem linhas</translation>
    </message>
    <message>
        <source>the rate card is {length} characters, over the {limit} limit</source>
        <translation>a tabela de preços tem {length} caracteres, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>região desconhecida</translation>
    </message>
    <message>
        <source>{market} {category} in {currency} from {day}</source>
        <translation>{market} {category} em {currency} a partir de {day}</translation>
    </message>
    <message>
        <source>{where}: a row without a rate (no sourced figure) cannot have volume bands</source>
        <translation>{where}: uma linha sem tarifa (sem valor documentado) não pode ter níveis de volume</translation>
    </message>
    <message>
        <source>{where}: empty</source>
        <translation>{where}: vazia</translation>
    </message>
    <message>
        <source>{where}: expected a decimal string, got {value}</source>
        <translation>{where}: era esperado um texto decimal, mas veio {value}</translation>
    </message>
    <message>
        <source>{where}: the volume bands must start at message 1, each from a different number</source>
        <translation>{where}: os níveis de volume devem começar na mensagem 1, cada um a partir de um número diferente</translation>
    </message>
    <message>
        <source>{where}: {value} appears twice</source>
        <translation>{where}: {value} aparece duas vezes</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{where}: {value} não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{where}: {value} is not a decimal amount</source>
        <translation>{where}: {value} não é um valor decimal</translation>
    </message>
    <message>
        <source>{where}: {value} is not a message number (1, ...)</source>
        <translation>{where}: {value} não é um número de mensagem (1, ...)</translation>
    </message>
    <message>
        <source>{where}: {value} is not a non-negative amount</source>
        <translation>{where}: {value} não é um valor não negativo</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of the {count} billing currencies</source>
        <translation>{where}: {value} não é uma das {count} moedas de cobrança</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {values}</source>
        <translation>{where}: {value} não é um de {values}</translation>
    </message>
    <message>
        <source>{where}: {value} is not yes or no</source>
        <translation>{where}: {value} não é yes nem no</translation>
    </message>
    <message>
        <source>{where}: {value} is over {limit}, more than any rate</source>
        <translation>{where}: {value} passa de {limit}, mais do que qualquer tarifa</translation>
    </message>
</context>
<context>
    <name>RateHistory</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigência</translation>
    </message>
    <message>
        <source>From message</source>
        <translation>A partir da mensagem</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualquer data</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>sem fonte registrada</translation>
    </message>
    <message>
        <source>no sourced figure</source>
        <translation>sem valor com fonte</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>não confirmada</translation>
    </message>
</context>
<context>
    <name>RateImport</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Vigente a partir de</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import rate card</source>
        <translation>Importar tabela de preços</translation>
    </message>
    <message>
        <source>Import {file}. Rows that name their own effective date and currency keep them; the others apply from the date and in the currency below. Columns: {columns}.</source>
        <translation>Importar {file}. As linhas que indicam a própria data de vigência e moeda as mantêm; as demais valem a partir da data e na moeda abaixo. Colunas: {columns}.</translation>
    </message>
    <message>
        <source>The account is billed in {account}: rates in {currency} price nothing until Settings &gt; Business account uses that currency (amounts are never converted).</source>
        <translation>A conta é faturada em {account}: as tarifas em {currency} não precificam nada até que Configurações &gt; Conta comercial use essa moeda (os valores nunca são convertidos).</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>No opt-in: a business-initiated template needs the customer's consent</source>
        <translation>Sem consentimento: um modelo de mensagem iniciado pela empresa precisa do consentimento do cliente</translation>
    </message>
    <message>
        <source>Parameter {index} contains a new line, a tab or more than {spaces} spaces in a row</source>
        <translation>O parâmetro {index} contém uma quebra de linha, uma tabulação ou mais de {spaces} espaços seguidos</translation>
    </message>
    <message>
        <source>Parameter {index} is empty</source>
        <translation>O parâmetro {index} está vazio</translation>
    </message>
    <message>
        <source>The customer has chosen to stop receiving marketing messages</source>
        <translation>O cliente optou por não receber mais mensagens de marketing</translation>
    </message>
    <message>
        <source>The customer has chosen to stop receiving marketing messages from this business in WhatsApp</source>
        <translation>O cliente optou no WhatsApp por não receber mais mensagens de marketing desta empresa</translation>
    </message>
    <message>
        <source>marketing templates to US numbers are paused since 1 April 2025</source>
        <translation>os modelos de mensagem de marketing para números dos Estados Unidos estão pausados desde 1º de abril de 2025</translation>
    </message>
    <message>
        <source>more than 24 hours have passed since the customer last replied</source>
        <translation>passaram mais de 24 horas desde a última resposta do cliente</translation>
    </message>
    <message>
        <source>no template {name} in {language}</source>
        <translation>não há nenhum modelo de mensagem {name} em {language}</translation>
    </message>
    <message>
        <source>the body renders to {length} characters, over {limit}</source>
        <translation>o corpo fica com {length} caracteres, mais de {limit}</translation>
    </message>
    <message>
        <source>the customer reached the (simulated) marketing limit for 24 hours</source>
        <translation>o cliente atingiu o limite (simulado) de marketing de 24 horas</translation>
    </message>
    <message>
        <source>the number has no WhatsApp account</source>
        <translation>o número não tem conta do WhatsApp</translation>
    </message>
    <message>
        <source>{name} is pending, not approved</source>
        <translation>{name} está pendente, não aprovado</translation>
    </message>
    <message>
        <source>{name} is rejected, not approved</source>
        <translation>{name} foi rejeitado, não aprovado</translation>
    </message>
    <message>
        <source>{name} takes {expected}, {given} given</source>
        <translation>{name} recebe {expected}, foram informados {given}</translation>
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
    <name>RefusalReason</name>
    <message>
        <source>Customer stopped marketing</source>
        <translation>O cliente interrompeu o marketing</translation>
    </message>
    <message>
        <source>Marketing limit (simulated)</source>
        <translation>Limite de marketing (simulado)</translation>
    </message>
    <message>
        <source>No opt-in</source>
        <translation>Sem opt-in</translation>
    </message>
    <message>
        <source>Opted out of marketing</source>
        <translation>Fez opt-out do marketing</translation>
    </message>
    <message>
        <source>Outside the 24-hour window</source>
        <translation>Fora da janela de 24 horas</translation>
    </message>
    <message>
        <source>Template disabled</source>
        <translation>Modelo desativado</translation>
    </message>
    <message>
        <source>Template not approved</source>
        <translation>Modelo não aprovado</translation>
    </message>
    <message>
        <source>Template not found</source>
        <translation>Modelo não encontrado</translation>
    </message>
    <message>
        <source>Template paused</source>
        <translation>Modelo pausado</translation>
    </message>
    <message>
        <source>US marketing paused</source>
        <translation>Marketing para os EUA pausado</translation>
    </message>
    <message>
        <source>Undeliverable (no WhatsApp)</source>
        <translation>Impossível entregar (sem WhatsApp)</translation>
    </message>
    <message>
        <source>Wrong parameters</source>
        <translation>Parâmetros incorretos</translation>
    </message>
</context>
<context>
    <name>RegimeCard</name>
    <message>
        <source>the same as {regime}</source>
        <translation>o mesmo que {regime}</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>este espaço de trabalho</translation>
    </message>
    <message>
        <source>this workspace's regime</source>
        <translation>o regime deste espaço de trabalho</translation>
    </message>
    <message>
        <source>{difference} against {regime}</source>
        <translation>{difference} comparado com {regime}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Amounts in {currency}, rounded for reading; the CSV export keeps them exact to four decimal places.</source>
        <translation>Valores em {currency}, arredondados para leitura; a exportação CSV os mantém exatos com quatro casas decimais.</translation>
    </message>
    <message>
        <source>Bill for {period} (UTC, {first} to {last}) - {regime}, as charged</source>
        <translation>Fatura de {period} (UTC, de {first} a {last}) - {regime}, como foi cobrado</translation>
    </message>
    <message>
        <source>Bill for {period} (UTC, {first} to {last}) - {regime}, repriced</source>
        <translation>Fatura de {period} (UTC, de {first} a {last}) - {regime}, recalculada</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>Por mercado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobradas</translation>
    </message>
    <message>
        <source>Cost per day, by category</source>
        <translation>Custo por dia, por categoria</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customers who cost the most</source>
        <translation>Clientes que mais custaram</translation>
    </message>
    <message>
        <source>Free tier, free entry points and refusals</source>
        <translation>Nível gratuito, pontos de entrada gratuitos e recusas</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Nothing was opened or charged.</source>
        <translation>Nada foi aberto nem cobrado.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusadas</translation>
    </message>
    <message>
        <source>Refused, {reason} ({code}): {count}</source>
        <translation>Recusadas, {reason} ({code}): {count}</translation>
    </message>
    <message>
        <source>Refused, {reason}: {count}</source>
        <translation>Recusadas, {reason}: {count}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Share of the cost, by category</source>
        <translation>Participação no custo, por categoria</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo de mensagem</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <source>The same history under each pricing regime</source>
        <translation>O mesmo histórico em cada regime de preços</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>waboard workspace</source>
        <translation>Espaço de trabalho do waboard</translation>
    </message>
    <message>
        <source>{title}: bill for {period}</source>
        <translation>{title}: fatura de {period}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>1 mistake, {points} points off · spent {amount}</source>
        <translation>1 erro, {points} pontos a menos · gasto {amount}</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Não é possível exportar o relatório</translation>
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
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo alcançado</translation>
    </message>
    <message>
        <source>Goal not met</source>
        <translation>Objetivo não alcançado</translation>
    </message>
    <message>
        <source>Grading report: {title}</source>
        <translation>Relatório de avaliação: {title}</translation>
    </message>
    <message>
        <source>The cheapest way costs {amount}</source>
        <translation>O jeito mais barato custa {amount}</translation>
    </message>
    <message>
        <source>{count} mistakes, {points} points off · spent {amount}</source>
        <translation>{count} erros, {points} pontos a menos · gasto {amount}</translation>
    </message>
</context>
<context>
    <name>Rewind</name>
    <message>
        <source>, and {count} more</source>
        <translation> e mais {count}</translation>
    </message>
    <message>
        <source>1 action after it will be removed: {names}.</source>
        <translation>1 ação posterior será removida: {names}.</translation>
    </message>
    <message>
        <source>A bookmark “Before rewind” is made first: Edit &gt; Bookmarks… returns to where you are now.</source>
        <translation>Antes é criado um marcador “Before rewind”: Editar &gt; Marcadores… volta para onde você está agora.</translation>
    </message>
    <message>
        <source>Cannot go back there</source>
        <translation>Não é possível voltar até lá</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Go back in time</source>
        <translation>Voltar no tempo</translation>
    </message>
    <message>
        <source>Go back to {when}?</source>
        <translation>Voltar para {when}?</translation>
    </message>
    <message>
        <source>No action was made after it: only the clock goes back.</source>
        <translation>Nenhuma ação foi feita depois: só o relógio volta.</translation>
    </message>
    <message>
        <source>{count} actions after it will be removed: {names}.</source>
        <translation>{count} ações posteriores serão removidas: {names}.</translation>
    </message>
</context>
<context>
    <name>RuleCrossing</name>
    <message>
        <source>({count} earlier changes: see Help &gt; Rules by date)</source>
        <translation>({count} mudanças anteriores: veja Ajuda &gt; Regras por data)</translation>
    </message>
    <message>
        <source>The clock crossed a change of the rules:</source>
        <translation>O relógio passou por uma mudança das regras:</translation>
    </message>
</context>
<context>
    <name>RuleNotes</name>
    <message>
        <source>From {day} free-form replies cost {prices} after {free} a month, and utility templates inside the window are charged too</source>
        <translation>A partir de {day}, as respostas em formato livre custam {prices} depois de {free} por mês, e os modelos de mensagem de utilidade dentro da janela também são cobrados</translation>
    </message>
    <message>
        <source>From {day} {market}'s rates change: {changes}</source>
        <translation>A partir de {day} mudam as tarifas de {market}: {changes}</translation>
    </message>
    <message>
        <source>From {day} {region} numbers are priced as {market} (until then {before})</source>
        <translation>A partir de {day}, os números de {region} têm o preço de {market} (até então, {before})</translation>
    </message>
    <message>
        <source>From {day}: {meaning}</source>
        <translation>A partir de {day}: {meaning}</translation>
    </message>
    <message>
        <source>and 1 more market's utility rate</source>
        <translation>e a tarifa de utilidade de mais 1 mercado</translation>
    </message>
    <message>
        <source>and {count} more markets' utility rates</source>
        <translation>e as tarifas de utilidade de mais {count} mercados</translation>
    </message>
    <message>
        <source>no sourced figure</source>
        <translation>sem valor documentado</translation>
    </message>
    <message>
        <source>the market's utility rate</source>
        <translation>a tarifa de utilidade do mercado</translation>
    </message>
    <message>
        <source>{category} {before} → {after}</source>
        <translation>{category} {before} → {after}</translation>
    </message>
    <message>
        <source>{market}'s utility rate (no sourced figure)</source>
        <translation>a tarifa de utilidade de {market} (sem valor documentado)</translation>
    </message>
    <message>
        <source>{price} in {market}</source>
        <translation>{price} em {market}</translation>
    </message>
</context>
<context>
    <name>RuleSentences</name>
    <message>
        <source>A customer message opens, or restarts, the 24-hour customer service window.</source>
        <translation>Uma mensagem do cliente abre, ou reinicia, a janela de atendimento ao cliente de 24 horas.</translation>
    </message>
    <message>
        <source>A customer who opted out receives no marketing template at all.</source>
        <translation>Um cliente que cancelou o consentimento não recebe nenhum modelo de mensagem de marketing.</translation>
    </message>
    <message>
        <source>A customer who resumes promotions in WhatsApp receives marketing templates again.</source>
        <translation>Um cliente que reativa as promoções no WhatsApp volta a receber modelos de mensagem de marketing.</translation>
    </message>
    <message>
        <source>A customer who stops a business's promotions in WhatsApp receives no marketing template from it (131050); the consent ledger is unchanged.</source>
        <translation>Um cliente que interrompe no WhatsApp as promoções de uma empresa não recebe modelos de mensagem de marketing dela (131050); o registro de consentimentos não muda.</translation>
    </message>
    <message>
        <source>A disabled template can no longer be sent.</source>
        <translation>Um modelo de mensagem desativado não pode mais ser enviado.</translation>
    </message>
    <message>
        <source>A free-form reply joins the earliest open conversation of any category at no charge.</source>
        <translation>Uma resposta em formato livre entra sem cobrança na conversa aberta mais antiga, de qualquer categoria.</translation>
    </message>
    <message>
        <source>A free-form reply with no conversation open opens a 24-hour service conversation.</source>
        <translation>Uma resposta em formato livre sem conversa aberta abre uma conversa de serviço de 24 horas.</translation>
    </message>
    <message>
        <source>A message from an ad or a Page button opens the customer service window and makes the business's first reply a free entry point.</source>
        <translation>Uma mensagem vinda de um anúncio ou de um botão da Página abre a janela de atendimento ao cliente e torna a primeira resposta da empresa um ponto de entrada gratuito.</translation>
    </message>
    <message>
        <source>A paused template cannot be sent until its quality recovers.</source>
        <translation>Um modelo de mensagem pausado não pode ser enviado até que sua qualidade se recupere.</translation>
    </message>
    <message>
        <source>A template joins the open conversation of its own category at no charge.</source>
        <translation>Um modelo de mensagem entra sem cobrança na conversa aberta da sua própria categoria.</translation>
    </message>
    <message>
        <source>A template needs exactly one value per {{n}} parameter, and its body must stay within 1,024 characters.</source>
        <translation>Um modelo de mensagem precisa de exatamente um valor para cada parâmetro {{n}}, e o corpo não pode passar de 1.024 caracteres.</translation>
    </message>
    <message>
        <source>A template opens a 24-hour conversation of its category when none of that category is open.</source>
        <translation>Um modelo de mensagem abre uma conversa de 24 horas da sua categoria quando não há nenhuma aberta dessa categoria.</translation>
    </message>
    <message>
        <source>A template sent outside the customer service window needs the customer's opt-in.</source>
        <translation>Um modelo de mensagem enviado fora da janela de atendimento ao cliente precisa do consentimento do cliente.</translation>
    </message>
    <message>
        <source>After an ad or Page button, the business's first reply opens a free 72-hour entry point in which every message is free.</source>
        <translation>Depois de um anúncio ou de um botão da Página, a primeira resposta da empresa abre um ponto de entrada gratuito de 72 horas em que todas as mensagens são gratuitas.</translation>
    </message>
    <message>
        <source>After an opt-out no marketing template may be sent to the customer.</source>
        <translation>Depois de um cancelamento do consentimento, nenhum modelo de mensagem de marketing pode ser enviado ao cliente.</translation>
    </message>
    <message>
        <source>Free-form messages can only be sent within 24 hours of the customer's last message; after that only a template can reach them.</source>
        <translation>As mensagens em formato livre só podem ser enviadas até 24 horas depois da última mensagem do cliente; depois disso, só um modelo de mensagem consegue alcançá-lo.</translation>
    </message>
    <message>
        <source>Messages to a number without a WhatsApp account are never delivered, so nothing opens and nothing is charged.</source>
        <translation>As mensagens para um número sem conta do WhatsApp nunca são entregues: nada é aberto e nada é cobrado.</translation>
    </message>
    <message>
        <source>Meta caps how many marketing templates one person receives; this workspace simulates the cap as a limit per rolling 24 hours.</source>
        <translation>A Meta limita quantos modelos de mensagem de marketing uma pessoa recebe; este espaço de trabalho simula esse teto como um limite a cada 24 horas corridas.</translation>
    </message>
    <message>
        <source>Only approved templates can be sent; pending and rejected ones do not exist for the platform.</source>
        <translation>Só modelos de mensagem aprovados podem ser enviados; para a plataforma, os pendentes e os rejeitados não existem.</translation>
    </message>
    <message>
        <source>Only templates registered in this name and language can be sent.</source>
        <translation>Só podem ser enviados modelos de mensagem registrados com este nome e neste idioma.</translation>
    </message>
    <message>
        <source>Only time passes.</source>
        <translation>Só o tempo passa.</translation>
    </message>
    <message>
        <source>Per-message pricing charges every delivered template of this category.</source>
        <translation>Os preços por mensagem cobram cada modelo de mensagem entregue desta categoria.</translation>
    </message>
    <message>
        <source>Per-message pricing: free-form replies, and utility templates inside the window, are free.</source>
        <translation>Preços por mensagem: as respostas em formato livre, e os modelos de mensagem de utilidade dentro da janela, são gratuitos.</translation>
    </message>
    <message>
        <source>Since 1 April 2025 Meta does not deliver marketing templates to United States numbers.</source>
        <translation>Desde 1º de abril de 2025, a Meta não entrega modelos de mensagem de marketing para números dos Estados Unidos.</translation>
    </message>
    <message>
        <source>The customer stopped this business's marketing messages in WhatsApp itself; other templates still reach them.</source>
        <translation>O cliente interrompeu no próprio WhatsApp as mensagens de marketing desta empresa; os outros modelos de mensagem ainda chegam a ele.</translation>
    </message>
    <message>
        <source>With an opt-in, templates may reach the customer outside the window.</source>
        <translation>Com o consentimento, os modelos de mensagem podem chegar ao cliente fora da janela.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A utility conversation opened before 1 July 2025 and still open after it: utility templates sent into it while it is open are free and attributed to it; when it closes, per-message pricing applies.</source>
        <translation>Uma conversa de utilidade aberta antes de 1º de julho de 2025 e ainda aberta depois: os modelos de mensagem de utilidade enviados nela enquanto está aberta são gratuitos e atribuídos a ela; quando ela fecha, valem os preços por mensagem.</translation>
    </message>
    <message>
        <source>Bangladesh, Iraq, Nepal, Sri Lanka, Kazakhstan, Kuwait, Morocco, Oman and Ukraine get their own rates, each with an authentication-international rate.</source>
        <translation>Bangladesh, Iraque, Nepal, Sri Lanka, Cazaquistão, Kuwait, Marrocos, Omã e Ucrânia passam a ter tarifas próprias, cada um com uma tarifa de autenticação internacional.</translation>
    </message>
    <message>
        <source>Brazil may be billed in BRL</source>
        <translation>O Brasil pode ser cobrado em BRL</translation>
    </message>
    <message>
        <source>Businesses in Brazil can be billed in Brazilian reais.</source>
        <translation>As empresas no Brasil podem ser cobradas em reais.</translation>
    </message>
    <message>
        <source>Businesses in India can be billed in Indian rupees (required from 1 January 2027).</source>
        <translation>As empresas na Índia podem ser cobradas em rupias indianas (obrigatório a partir de 1º de janeiro de 2027).</translation>
    </message>
    <message>
        <source>Colombia utility and authentication up; Mexico marketing down; UAE marketing up; Argentina, Egypt and Saudi Arabia utility and authentication down.</source>
        <translation>Colômbia: sobem utilidade e autenticação; México: cai marketing; EAU: sobe marketing; Argentina, Egito e Arábia Saudita: caem utilidade e autenticação.</translation>
    </message>
    <message>
        <source>Conversation pricing (June 2023)</source>
        <translation>Preços por conversa (junho de 2023)</translation>
    </message>
    <message>
        <source>Conversation pricing, free service (November 2024)</source>
        <translation>Preços por conversa, serviço gratuito (novembro de 2024)</translation>
    </message>
    <message>
        <source>Conversations of four categories last 24 hours and are charged when opened; the first 1,000 service conversations a month are free.</source>
        <translation>As conversas de quatro categorias duram 24 horas e são cobradas quando abertas; as primeiras 1.000 conversas de serviço do mês são gratuitas.</translation>
    </message>
    <message>
        <source>Each delivered template is charged instead of each conversation; free-form replies and utility templates inside the customer service window are free; utility and authentication get volume tiers.</source>
        <translation>Cada modelo de mensagem entregue é cobrado, em vez de cada conversa; as respostas em formato livre e os modelos de mensagem de utilidade dentro da janela de atendimento ao cliente são gratuitos; utilidade e autenticação ganham níveis de volume.</translation>
    </message>
    <message>
        <source>Eight more billing currencies</source>
        <translation>Mais oito moedas de cobrança</translation>
    </message>
    <message>
        <source>Free-form replies are charged at the market's utility rate after 1,000 free a month per business phone number, and utility templates are charged inside the window too.</source>
        <translation>As respostas em formato livre são cobradas pela tarifa de utilidade do mercado depois de 1.000 gratuitas por mês por número de telefone da empresa, e os modelos de mensagem de utilidade também são cobrados dentro da janela.</translation>
    </message>
    <message>
        <source>Hong Kong, Hungary, Poland, Qatar, Romania and Singapore get their own rates instead of their regional group's.</source>
        <translation>Hong Kong, Hungria, Polônia, Catar, Romênia e Singapura passam a ter tarifas próprias em vez das do seu grupo regional.</translation>
    </message>
    <message>
        <source>India marketing up; France and Egypt marketing down; North America utility and authentication down.</source>
        <translation>Índia: sobe marketing; França e Egito: cai marketing; América do Norte: caem utilidade e autenticação.</translation>
    </message>
    <message>
        <source>India may be billed in INR</source>
        <translation>A Índia pode ser cobrada em INR</translation>
    </message>
    <message>
        <source>Italy, Spain and United Kingdom marketing up.</source>
        <translation>Itália, Espanha e Reino Unido: sobe marketing.</translation>
    </message>
    <message>
        <source>Marketing templates to United States numbers are not delivered (error 131049); Canada and the other +1 regions are not affected.</source>
        <translation>Os modelos de mensagem de marketing para números dos Estados Unidos não são entregues (erro 131049); o Canadá e as outras regiões +1 não são afetados.</translation>
    </message>
    <message>
        <source>Marketing to US numbers paused</source>
        <translation>Marketing para números dos EUA pausado</translation>
    </message>
    <message>
        <source>Messages to Zimbabwe are priced at the Rest of Africa rates.</source>
        <translation>As mensagens para o Zimbábue têm as tarifas do Resto da África.</translation>
    </message>
    <message>
        <source>Nine new standalone markets</source>
        <translation>Nove novos mercados próprios</translation>
    </message>
    <message>
        <source>Per-message pricing (July 2025)</source>
        <translation>Preços por mensagem (julho de 2025)</translation>
    </message>
    <message>
        <source>Per-message pricing, charged replies (October 2026)</source>
        <translation>Preços por mensagem, respostas cobradas (outubro de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (April 2026)</source>
        <translation>Mudanças trimestrais de tarifas (abril de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (January 2026)</source>
        <translation>Mudanças trimestrais de tarifas (janeiro de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (July 2026)</source>
        <translation>Mudanças trimestrais de tarifas (julho de 2026)</translation>
    </message>
    <message>
        <source>Quarterly rate changes (October 2025)</source>
        <translation>Mudanças trimestrais de tarifas (outubro de 2025)</translation>
    </message>
    <message>
        <source>Rate cards are published in 16 currencies; a business account is billed in one, and amounts are never converted between them.</source>
        <translation>As tabelas de preços são publicadas em 16 moedas; uma conta empresarial é cobrada em uma delas, e os valores nunca são convertidos entre elas.</translation>
    </message>
    <message>
        <source>Saudi Arabia marketing up; India authentication-international up; Pakistan utility and authentication up; Turkey down.</source>
        <translation>Arábia Saudita: sobe marketing; Índia: sobe autenticação internacional; Paquistão: sobem utilidade e autenticação; Turquia: caem.</translation>
    </message>
    <message>
        <source>Service conversations are free and the 1,000 free tier is gone.</source>
        <translation>As conversas de serviço são gratuitas e o nível gratuito de 1.000 deixa de existir.</translation>
    </message>
    <message>
        <source>Six new standalone markets</source>
        <translation>Seis novos mercados próprios</translation>
    </message>
    <message>
        <source>The rules in force on each message's date (auto)</source>
        <translation>As regras em vigor na data de cada mensagem (auto)</translation>
    </message>
    <message>
        <source>Zimbabwe moves to Rest of Africa</source>
        <translation>O Zimbábue passa para o Resto da África</translation>
    </message>
    <message>
        <source>[Meta]</source>
        <translation>[Meta]</translation>
    </message>
    <message>
        <source>[reported]</source>
        <translation>[relatado]</translation>
    </message>
    <message>
        <source>{choice} is not a pricing regime (one of {known})</source>
        <translation>{choice} não é um modelo de preços (um de {known})</translation>
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
        <translation>[relatado]: a página da Meta de "próximas atualizações de preços" conforme citada por vários provedores, não lida no site da própria Meta. [Meta]: as páginas de preços da própria Meta.</translation>
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
    <name>ScenarioLoader</name>
    <message>
        <source>steps: missing or empty; a scenario needs at least one step (a "wait" step plays only time)</source>
        <translation>steps: ausente ou vazio; um cenário precisa de pelo menos um passo (um passo "wait" só faz o tempo passar)</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({problem})</source>
        <translation>{file}: não pode ser lido ({problem})</translation>
    </message>
    <message>
        <source>{file}: nested too deeply (over {limit} levels)</source>
        <translation>{file}: aninhado profundo demais (mais de {limit} níveis)</translation>
    </message>
    <message>
        <source>{file}: nested too deeply to be read</source>
        <translation>{file}: aninhado profundo demais para ser lido</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte 0x{byte} at offset {offset})</source>
        <translation>{file}: não é texto UTF-8 (byte 0x{byte} na posição {offset})</translation>
    </message>
    <message>
        <source>{file}: not valid JSON ({problem} at line {line}, column {column})</source>
        <translation>{file}: não é JSON válido ({problem} na linha {line}, coluna {column})</translation>
    </message>
    <message>
        <source>{file}: {size} bytes, over the {limit} limit</source>
        <translation>{file}: {size} bytes, acima do limite de {limit}</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>The delivery delay must be 0 to {limit} seconds, not {seconds}</source>
        <translation>O atraso de entrega deve ser de 0 a {limit} segundos, não {seconds}</translation>
    </message>
    <message>
        <source>a template parameter contains a NUL character</source>
        <translation>um parâmetro do modelo contém um caractere NUL</translation>
    </message>
    <message>
        <source>a template's category is marketing, utility or authentication</source>
        <translation>a categoria de um modelo é marketing, utilidade ou autenticação</translation>
    </message>
    <message>
        <source>no message delivered to this customer has the id {id}</source>
        <translation>nenhuma mensagem entregue a este cliente tem o id {id}</translation>
    </message>
    <message>
        <source>no template {name} in {language}</source>
        <translation>não há nenhum modelo {name} em {language}</translation>
    </message>
    <message>
        <source>template parameters must be text</source>
        <translation>os parâmetros do modelo devem ser texto</translation>
    </message>
    <message>
        <source>that message has not reached the customer's phone yet</source>
        <translation>essa mensagem ainda não chegou ao telefone do cliente</translation>
    </message>
    <message>
        <source>the message offers no button {button}; it offers {offered}</source>
        <translation>a mensagem não oferece nenhum botão {button}; oferece {offered}</translation>
    </message>
    <message>
        <source>the rate card has no row for {region}</source>
        <translation>a tabela de preços não tem uma linha para {region}</translation>
    </message>
    <message>
        <source>there is no business message #{id}</source>
        <translation>não há nenhuma mensagem da empresa #{id}</translation>
    </message>
    <message>
        <source>{status} is not a template status</source>
        <translation>{status} não é um status de modelo</translation>
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
    <name>Store</name>
    <message>
        <source>a template named {name} in language {language} already exists</source>
        <translation>já existe um modelo chamado {name} no idioma {language}</translation>
    </message>
    <message>
        <source>a value in {column} is not one waboard stores</source>
        <translation>um valor em {column} não é um que o waboard guarde</translation>
    </message>
    <message>
        <source>cannot create {file}: folder {folder} does not exist</source>
        <translation>não é possível criar {file}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot lock {file}: {problem}</source>
        <translation>não é possível bloquear {file}: {problem}</translation>
    </message>
    <message>
        <source>cannot open {file}: the file is read-only</source>
        <translation>não é possível abrir {file}: o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>cannot open {file}: the file keeps changing</source>
        <translation>não é possível abrir {file}: o arquivo não para de mudar</translation>
    </message>
    <message>
        <source>cannot open {file}: {problem}</source>
        <translation>não é possível abrir {file}: {problem}</translation>
    </message>
    <message>
        <source>cannot read {file}: permission denied</source>
        <translation>não é possível ler {file}: permissão negada</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>não é possível ler {file}: {problem}</translation>
    </message>
    <message>
        <source>cannot write a copy to {file}: {problem}</source>
        <translation>não é possível gravar uma cópia em {file}: {problem}</translation>
    </message>
    <message>
        <source>its rollback journal cannot be replayed ({problem})</source>
        <translation>seu diário de reversão não pode ser reproduzido ({problem})</translation>
    </message>
    <message>
        <source>its tables are not those of a waboard schema {version} file</source>
        <translation>suas tabelas não são as de um arquivo do waboard de esquema {version}</translation>
    </message>
    <message>
        <source>pid unknown</source>
        <translation>pid desconhecido</translation>
    </message>
    <message>
        <source>the database refused the change to {name} ({error}); nothing was saved</source>
        <translation>o banco de dados recusou a alteração em {name} ({error}); nada foi salvo</translation>
    </message>
    <message>
        <source>the disk failed while waboard was using {name} ({error}). Check the disk, then try again; everything confirmed before is kept</source>
        <translation>o disco falhou enquanto o waboard usava {name} ({error}). Verifique o disco e tente de novo; tudo o que foi confirmado antes é mantido</translation>
    </message>
    <message>
        <source>the disk holding {name} is full, so waboard cannot save to it. Free some space and try again; everything confirmed before is kept</source>
        <translation>o disco que contém {name} está cheio, então o waboard não pode salvar nele. Libere espaço e tente de novo; tudo o que foi confirmado antes é mantido</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes)</source>
        <translation>o arquivo está truncado ({size} bytes)</translation>
    </message>
    <message>
        <source>the in-memory workspace</source>
        <translation>o espaço de trabalho em memória</translation>
    </message>
    <message>
        <source>the text contains a character that cannot be stored (an unpaired UTF-16 surrogate); remove it and try again</source>
        <translation>o texto contém um caractere que não pode ser salvo (um substituto UTF-16 sem par); remova-o e tente de novo</translation>
    </message>
    <message>
        <source>there is no customer #{id}</source>
        <translation>não há nenhum cliente #{id}</translation>
    </message>
    <message>
        <source>there is no template {name} in language {language}</source>
        <translation>não há nenhum modelo {name} no idioma {language}</translation>
    </message>
    <message>
        <source>waboard cannot use {name} ({error}): check the file and its folder</source>
        <translation>o waboard não pode usar {name} ({error}): verifique o arquivo e a pasta dele</translation>
    </message>
    <message>
        <source>{file} already exists: choose a new file name</source>
        <translation>{file} já existe: escolha um nome de arquivo novo</translation>
    </message>
    <message>
        <source>{file} has a corrupted frame before committed ones</source>
        <translation>{file} tem um bloco corrompido antes de outros confirmados</translation>
    </message>
    <message>
        <source>{file} is a folder, not a waboard database</source>
        <translation>{file} é uma pasta, não um banco de dados do waboard</translation>
    </message>
    <message>
        <source>{file} is a folder: choose a file name</source>
        <translation>{file} é uma pasta: escolha um nome de arquivo</translation>
    </message>
    <message>
        <source>{file} is already open in this waboard (pid {pid})</source>
        <translation>{file} já está aberto neste waboard (pid {pid})</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem} (nothing was changed)</source>
        <translation>{file} está danificado: {problem} (nada foi alterado)</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe, socket or device), not a waboard database</source>
        <translation>{file} não é um arquivo comum (é um pipe, um socket ou um dispositivo), não um banco de dados do waboard</translation>
    </message>
    <message>
        <source>{file} is not a waboard database</source>
        <translation>{file} não é um banco de dados do waboard</translation>
    </message>
    <message>
        <source>{file} is not a write-ahead log</source>
        <translation>{file} não é um log de escrita antecipada</translation>
    </message>
    <message>
        <source>{file} is open in another waboard ({holder}): close it there, or open a copy of the file</source>
        <translation>{file} está aberto em outro waboard ({holder}): feche-o lá ou abra uma cópia do arquivo</translation>
    </message>
    <message>
        <source>{file} was deleted or replaced while waboard had it open, so nothing more can be saved to it. Use File &gt; Save a copy… to keep this workspace in a new file; everything confirmed so far is in the copy</source>
        <translation>{file} foi excluído ou substituído enquanto o waboard o tinha aberto, então nada mais pode ser salvo nele. Use Arquivo &gt; Salvar uma cópia… para manter este espaço de trabalho em um arquivo novo; tudo o que foi confirmado até agora está na cópia</translation>
    </message>
    <message>
        <source>{file} was made by a newer waboard (schema {version}); this version reads up to schema {readable}</source>
        <translation>{file} foi criado por um waboard mais recente (esquema {version}); esta versão lê até o esquema {readable}</translation>
    </message>
    <message>
        <source>{name} has become read-only (the file, its folder or its disk), so waboard cannot save to it. Make it writable again, or use File &gt; Save a copy… to keep this workspace elsewhere</source>
        <translation>{name} passou a ser somente leitura (o arquivo, a pasta ou o disco), então o waboard não pode salvar nele. Permita a gravação de novo ou use Arquivo &gt; Salvar uma cópia… para manter este espaço de trabalho em outro lugar</translation>
    </message>
    <message>
        <source>{name} is damaged: {error} (nothing was changed); open a copy or a backup of the workspace</source>
        <translation>{name} está danificado: {error} (nada foi alterado); abra uma cópia ou um backup do espaço de trabalho</translation>
    </message>
    <message>
        <source>{name} is locked by another program, so waboard cannot save to it now. Close the program using the file (or wait for it) and try again</source>
        <translation>{name} está bloqueado por outro programa, então o waboard não pode salvar nele agora. Feche o programa que usa o arquivo (ou espere por ele) e tente de novo</translation>
    </message>
    <message>
        <source>{target} is the workspace file {file}: choose another output file (nothing was written)</source>
        <translation>{target} é o arquivo do espaço de trabalho {file}: escolha outro arquivo de saída (nada foi gravado)</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoria</translation>
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
        <translation>Pesquisar nome ou texto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>body</source>
        <translation>corpo</translation>
    </message>
    <message>
        <source>button {index}: label must not be empty</source>
        <translation>botão {index}: o texto não pode ficar vazio</translation>
    </message>
    <message>
        <source>button {index}: over {limit} characters</source>
        <translation>botão {index}: mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>buttons: {count}, over {limit}</source>
        <translation>botões: {count}, mais de {limit}</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>rodapé</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>language {language}: expected a code like en_US</source>
        <translation>idioma {language}: era esperado um código como pt_BR</translation>
    </message>
    <message>
        <source>name {name}: use lowercase letters, digits and underscores only</source>
        <translation>nome {name}: use apenas letras minúsculas, dígitos e sublinhados</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character</source>
        <translation>{field}: contém um caractere NUL</translation>
    </message>
    <message>
        <source>{field}: must not be empty</source>
        <translation>{field}: não pode ficar vazio</translation>
    </message>
    <message>
        <source>{field}: parameters are allowed in the body only</source>
        <translation>{field}: os parâmetros só são permitidos no corpo</translation>
    </message>
    <message>
        <source>{field}: parameters are numbered from {first}, not {zero}</source>
        <translation>{field}: os parâmetros são numerados a partir de {first}, não de {zero}</translation>
    </message>
    <message>
        <source>{field}: parameters must run from {first} without gaps; missing {missing}</source>
        <translation>{field}: os parâmetros devem ir de {first} sem lacunas; falta(m) {missing}</translation>
    </message>
    <message>
        <source>{field}: unbalanced '{open}' or '{close}': write parameters as {first}, {second}, ...</source>
        <translation>{field}: '{open}' ou '{close}' sem par: escreva os parâmetros como {first}, {second}, ...</translation>
    </message>
    <message>
        <source>{field}: {length} characters, over {limit}</source>
        <translation>{field}: {length} caracteres, mais de {limit}</translation>
    </message>
</context>
<context>
    <name>TemplateHistory</name>
    <message>
        <source>From the start</source>
        <translation>Desde o início</translation>
    </message>
    <message>
        <source>No status or category change yet.</source>
        <translation>Ainda não há mudanças de status nem de categoria.</translation>
    </message>
    <message>
        <source>Status and category changes apply from the simulated instant they are made at; messages sent before keep what they were charged as.</source>
        <translation>As mudanças de status e de categoria valem a partir do instante simulado em que são feitas; as mensagens enviadas antes mantêm a cobrança que tiveram.</translation>
    </message>
    <message>
        <source>category {category}</source>
        <translation>categoria {category}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>status {status}</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Editing {name} · {language}</source>
        <translation>Editando {name} · {language}</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} has shipped.</source>
        <translation>Olá, {{1}}! Seu pedido {{2}} foi enviado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Novo modelo de mensagem</translation>
    </message>
    <message>
        <source>One button label per line</source>
        <translation>Um texto de botão por linha</translation>
    </message>
    <message>
        <source>Optional, up to {limit} characters</source>
        <translation>Opcional, até {limit} caracteres</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Send back to review: sends fail with 132001</source>
        <translation>Devolver para revisão: os envios falham com 132001</translation>
    </message>
    <message>
        <source>Simulate a pause for low quality: sends fail with 132015</source>
        <translation>Simular uma pausa por baixa qualidade: os envios falham com 132015</translation>
    </message>
    <message>
        <source>Simulate a rejected review: sends fail with 132001</source>
        <translation>Simular uma revisão rejeitada: os envios falham com 132001</translation>
    </message>
    <message>
        <source>Simulate disabling: sends fail with 132016</source>
        <translation>Simular a desativação: os envios falham com 132016</translation>
    </message>
    <message>
        <source>Simulate the platform approving the template</source>
        <translation>Simular a plataforma aprovando o modelo de mensagem</translation>
    </message>
    <message>
        <source>Simulate the platform's review of the saved template:</source>
        <translation>Simular a revisão da plataforma do modelo de mensagem salvo:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos de mensagem</translation>
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
        <translation>Como o cliente vai ver</translation>
    </message>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Escolha um modelo de mensagem à esquerda.</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Nenhum modelo de mensagem escolhido</translation>
    </message>
    <message>
        <source>Parameter {number}</source>
        <translation>Parâmetro {number}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send a template to {name}</source>
        <translation>Enviar um modelo de mensagem para {name}</translation>
    </message>
    <message>
        <source>Send the template (Ctrl+Enter)</source>
        <translation>Enviar o modelo de mensagem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This template has no parameters.</source>
        <translation>Este modelo de mensagem não tem parâmetros.</translation>
    </message>
    <message>
        <source>Value for {placeholder}</source>
        <translation>Valor para {placeholder}</translation>
    </message>
    <message>
        <source>Will be refused: {reason}</source>
        <translation>Será recusado: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Choose a template to see it as the customer will.</source>
        <translation>Escolha um modelo de mensagem para vê-lo como o cliente vai ver.</translation>
    </message>
</context>
<context>
    <name>TemplateStatus</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
</context>
<context>
    <name>TimeStrip</name>
    <message>
        <source>Drag back and let go to go back to that moment (everything after it is removed)</source>
        <translation>Arraste para trás e solte para voltar a esse momento (tudo o que vem depois é removido)</translation>
    </message>
    <message>
        <source>Time strip</source>
        <translation>Barra de tempo</translation>
    </message>
</context>
<context>
    <name>TimeTravel</name>
    <message>
        <source>Removed 0 actions after {instant}</source>
        <translation>0 ações removidas depois de {instant}</translation>
    </message>
    <message>
        <source>Removed 1 action after {instant} ({labels})</source>
        <translation>1 ação removida depois de {instant} ({labels})</translation>
    </message>
    <message>
        <source>Removed {count} actions after {instant} ({labels})</source>
        <translation>{count} ações removidas depois de {instant} ({labels})</translation>
    </message>
    <message>
        <source>That bookmark no longer exists</source>
        <translation>Esse marcador não existe mais</translation>
    </message>
    <message>
        <source>There is nothing to go back over: no action has been made yet</source>
        <translation>Não há para onde voltar: nenhuma ação foi feita ainda</translation>
    </message>
    <message>
        <source>There is nothing to redo</source>
        <translation>Não há nada para refazer</translation>
    </message>
    <message>
        <source>There is nothing to undo</source>
        <translation>Não há nada para desfazer</translation>
    </message>
    <message>
        <source>{instant} is before the first action, at {first}</source>
        <translation>{instant} é anterior à primeira ação, em {first}</translation>
    </message>
    <message>
        <source>{instant} is in the future: the clock reads {now}</source>
        <translation>{instant} está no futuro: o relógio marca {now}</translation>
    </message>
    <message>
        <source>{labels}, and {count} more</source>
        <translation>{labels} e mais {count}</translation>
    </message>
</context>
<context>
    <name>TimeZoneCheck</name>
    <message>
        <source>{name} is not a time zone (an IANA name such as 'America/Mexico_City')</source>
        <translation>{name} não é um fuso horário (um nome IANA como 'America/Sao_Paulo')</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>1 conversation</source>
        <translation>1 conversa</translation>
    </message>
    <message>
        <source>1 customer service window</source>
        <translation>1 janela de atendimento ao cliente</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Customer service window: {start} to {end}</source>
        <translation>Janela de atendimento ao cliente: {start} a {end}</translation>
    </message>
    <message>
        <source>Nothing in the last three days</source>
        <translation>Nada nos últimos três dias</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>free</source>
        <translation>grátis</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>{category} conversation: {start} to {end}, {cost}</source>
        <translation>Conversa de {category}: {start} a {end}, {cost}</translation>
    </message>
    <message>
        <source>{count} conversations</source>
        <translation>{count} conversas</translation>
    </message>
    <message>
        <source>{count} customer service windows</source>
        <translation>{count} janelas de atendimento ao cliente</translation>
    </message>
    <message>
        <source>{windows} and {conversations} in the last three days and the next one</source>
        <translation>{windows} e {conversations} nos últimos três dias e no próximo</translation>
    </message>
    <message>
        <source>{window} (1 restart)</source>
        <translation>{window} (1 reinício)</translation>
    </message>
    <message>
        <source>{window} ({count} restarts)</source>
        <translation>{window} ({count} reinícios)</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>&amp;Grade exercise</source>
        <translation>A&amp;valiar exercício</translation>
    </message>
    <message>
        <source>&amp;Start exercise…</source>
        <translation>&amp;Iniciar exercício…</translation>
    </message>
    <message>
        <source>Cannot export the audit trail</source>
        <translation>Não é possível exportar a trilha de auditoria</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Escolha um arquivo novo</translation>
    </message>
    <message>
        <source>Exercise: {goal}</source>
        <translation>Exercício: {goal}</translation>
    </message>
    <message>
        <source>Export &amp;audit trail…</source>
        <translation>Exportar &amp;trilha de auditoria…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar a trilha de auditoria</translation>
    </message>
    <message>
        <source>Exported 1 event to {path}</source>
        <translation>1 evento exportado para {path}</translation>
    </message>
    <message>
        <source>Exported {count} events to {path}</source>
        <translation>{count} eventos exportados para {path}</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Dica: {hint}</translation>
    </message>
    <message>
        <source>Opt-out &amp;keywords…</source>
        <translation>&amp;Palavras-chave de descadastro…</translation>
    </message>
    <message>
        <source>Save the exercise's workspace as</source>
        <translation>Salvar o espaço de trabalho do exercício como</translation>
    </message>
    <message>
        <source>This exercise cannot be started</source>
        <translation>Não é possível iniciar este exercício</translation>
    </message>
    <message>
        <source>When you are done, choose Trainer › Grade exercise.</source>
        <translation>Quando terminar, escolha Instrutor › Avaliar exercício.</translation>
    </message>
    <message>
        <source>waboard workspaces (*.waboard);;All files (*)</source>
        <translation>Espaços de trabalho do waboard (*.waboard);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{path} already exists; an exercise starts in a new workspace file.</source>
        <translation>{path} já existe; um exercício começa em um arquivo de espaço de trabalho novo.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Free-form outside the window</source>
        <translation>Formato livre fora da janela</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo alcançado</translation>
    </message>
    <message>
        <source>Goal not met</source>
        <translation>Objetivo não alcançado</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bom</translation>
    </message>
    <message>
        <source>Marketing to an opted-out customer</source>
        <translation>Marketing para um cliente que fez opt-out</translation>
    </message>
    <message>
        <source>Paid template where a free reply was possible</source>
        <translation>Modelo pago quando uma resposta gratuita era possível</translation>
    </message>
    <message>
        <source>Refused send</source>
        <translation>Envio recusado</translation>
    </message>
    <message>
        <source>Wasted second conversation</source>
        <translation>Segunda conversa desperdiçada</translation>
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
<context>
    <name>Workspaces</name>
    <message>
        <source>{file} already exists: choose a new file for the scenario</source>
        <translation>{file} já existe: escolha um arquivo novo para o cenário</translation>
    </message>
</context>
</TS>