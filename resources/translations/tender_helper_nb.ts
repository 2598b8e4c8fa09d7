<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="12" />
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="21" />
        <source>Helps small and medium-sized companies in Finland, Sweden and Norway find public tenders, prepare their bids and keep their company documents in order.</source>
        <translation>Hjelper små og mellomstore bedrifter i Finland, Sverige og Norge med å finne offentlige konkurranser, forberede tilbud og holde orden på foretaksdokumentene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="25" />
        <source>Notices come from TED, the EU's Tenders Electronic Daily (reuse under Commission Decision 2011/833/EU). CPV and NUTS code lists come from the eForms SDK (CC BY 4.0) and its Norwegian edition by DFØ.</source>
        <translation>Kunngjøringene kommer fra TED, EUs Tenders Electronic Daily (viderebruk i henhold til kommisjonsbeslutning 2011/833/EU). Kodelistene for CPV og NUTS kommer fra eForms SDK (CC BY 4.0) og den norske utgaven fra DFØ.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="29" />
        <source>Your data stays on this computer, in {folder}.</source>
        <translation>Dataene dine blir værende på denne datamaskinen, i {folder}.</translation>
    </message>
</context>
<context>
    <name>ActiveBidsWidget</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="134" />
        <source>No active bids. Open one from a notice.</source>
        <translation>Ingen aktive tilbud. Start et fra en kunngjøring.</translation>
    </message>
</context>
<context>
    <name>BidAssessmentWidget</name>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="48" />
        <source>Follow the recommendation</source>
        <translation>Følg anbefalingen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="52" />
        <source>Why you decide otherwise</source>
        <translation>Hvorfor du velger annerledes</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="53" />
        <source>Save assessment</source>
        <translation>Lagre vurdering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="57" />
        <source>Your decision:</source>
        <translation>Din beslutning:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="58" />
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="75" />
        <source>Not answered yet</source>
        <translation>Ikke besvart ennå</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="102" />
        <source>Answer at least half of the questions for a recommendation.</source>
        <translation>Svar på minst halvparten av spørsmålene for å få en anbefaling.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="106" />
        <source>&lt;b&gt;Recommendation: {label}&lt;/b&gt; (score {score}/100)</source>
        <translation>&lt;b&gt;Anbefaling: {label}&lt;/b&gt; ({score}/100 poeng)</translation>
    </message>
</context>
<context>
    <name>Bids</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="32" />
        <source>Considering</source>
        <translation>Vurderes</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="33" />
        <source>Preparing</source>
        <translation>Forberedes</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="34" />
        <source>Submitted</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="35" />
        <source>Won</source>
        <translation>Vunnet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="36" />
        <source>Lost</source>
        <translation>Tapt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="37" />
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="38" />
        <source>No bid</source>
        <translation>Ikke tilbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="45" />
        <source>Request to participate</source>
        <translation>Forespørsel om deltakelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="46" />
        <source>Tender deadline</source>
        <translation>Tilbudsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="47" />
        <source>Question cut-off</source>
        <translation>Frist for spørsmål</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="48" />
        <source>Expected award</source>
        <translation>Forventet tildeling</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="49" />
        <source>Standstill ends</source>
        <translation>Karensperioden slutter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="98" />
        <source> (cancelled)</source>
        <translation> (avlyst)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="110" />
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="111" />
        <source>Notice</source>
        <translation>Kunngjøring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="112" />
        <source>Company</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="113" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="114" />
        <source>Open steps</source>
        <translation>Gjenstående steg</translation>
    </message>
</context>
<context>
    <name>BidsPage</name>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="84" />
        <source>Update the checklist</source>
        <translation>Oppdater sjekklisten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="88" />
        <source>Reason (needed for no bid)</source>
        <translation>Begrunnelse (kreves hvis du ikke gir tilbud)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="89" />
        <source>Move</source>
        <translation>Endre</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="94" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="96" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="98" />
        <source>Report and package</source>
        <translation>Rapport og pakke</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="113" />
        <source>Next step:</source>
        <translation>Neste steg:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="130" />
        <source>No bids yet. Open a notice and choose Prepare a bid.</source>
        <translation>Ingen tilbud ennå. Åpne en kunngjøring og velg Forbered tilbud.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="153" />
        <source>Save step</source>
        <translation>Lagre steg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="159" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="160" />
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="166" />
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="171" />
        <source>Checklist template {file} was skipped: {error}</source>
        <translation>Sjekklistemalen {file} ble hoppet over: {error}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="241" />
        <source>whole contract</source>
        <translation>hele anskaffelsen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="275" />
        <source>Checklist templates changed since this bid was opened: {names}</source>
        <translation>Sjekklistemaler er endret siden dette tilbudet ble opprettet: {names}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="289" />
        <source>Bid / no bid</source>
        <translation>Tilby eller ikke</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="295" />
        <source>Choose a step to read what it asks and why, and to set its status.</source>
        <translation>Velg et steg for å lese hva det krever og hvorfor, og for å sette statusen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="323" />
        <source>Step saved.</source>
        <translation>Steget er lagret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="329" />
        <source>Assessment saved.</source>
        <translation>Vurderingen er lagret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="334" />
        <source>Bid status changed.</source>
        <translation>Tilbudsstatusen er endret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="340" />
        <source>Checklist updated from the templates.</source>
        <translation>Sjekklisten er oppdatert fra malene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="348" />
        <source>Write dates as 2025-03-20T12:00+02:00 and 2025-04-15.</source>
        <translation>Skriv datoer som 2025-03-20T12:00+02:00 og 2025-04-15.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="353" />
        <source>Dates saved; due dates follow them.</source>
        <translation>Datoene er lagret; fristene i sjekklisten følger dem.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="364" />
        <source>Writing {path}…</source>
        <translation>Skriver {path}…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="367" />
        <location filename="../../tender_helper/ui/bids_page.py" line="368" />
        <source>Saved {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="376" />
        <source>Save bid report</source>
        <translation>Lagre tilbudsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="382" />
        <source>Save bid package</source>
        <translation>Lagre tilbudspakke</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="389" />
        <source>Export timeline</source>
        <translation>Eksporter tidslinje</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="24" />
        <source>Decide</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="25" />
        <source>Documents and questions</source>
        <translation>Dokumenter og spørsmål</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="26" />
        <source>Qualification</source>
        <translation>Kvalifikasjon</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="27" />
        <source>ESPD</source>
        <translation>ESPD</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="28" />
        <source>Award criteria</source>
        <translation>Tildelingskriterier</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="29" />
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="30" />
        <source>Sustainability</source>
        <translation>Bærekraft</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="31" />
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="32" />
        <source>Submission</source>
        <translation>Innlevering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="33" />
        <source>After submission</source>
        <translation>Etter innlevering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="40" />
        <source>To do</source>
        <translation>Å gjøre</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="41" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="42" />
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="43" />
        <source>Not applicable</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="50" />
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="51" />
        <source>valid, no end date</source>
        <translation>gyldig, uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="52" />
        <source>expires before the tender deadline</source>
        <translation>utløper før tilbudsfristen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="53" />
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="54" />
        <source>missing from the vault</source>
        <translation>mangler i hvelvet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="55" />
        <source>deleted from the vault</source>
        <translation>slettet fra hvelvet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="87" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="88" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="90" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="114" />
        <source> (documents in place)</source>
        <translation> (dokumentene er på plass)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="121" />
        <source>Estimated: the notice does not give this date.</source>
        <translation>Anslått: kunngjøringen oppgir ikke denne datoen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="70" />
        <source>Checklist template {file} was skipped: {error}</source>
        <translation>Sjekklistemalen {file} ble hoppet over: {error}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="117" />
        <source>Opened bid {id} for {notice}.</source>
        <translation>Opprettet tilbud {id} for {notice}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="120" />
        <source>Bid {id} for {notice} is already open.</source>
        <translation>Tilbud {id} for {notice} er allerede opprettet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="144" />
        <source>No bids yet. Open one with: tender-helper bid open NOTICE_ID --company NAME</source>
        <translation>Ingen tilbud ennå. Opprett et med: tender-helper bid open NOTICE_ID --company NAME</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="147" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="100" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="118" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="136" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="151" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="148" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="152" />
        <source>Company</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="149" />
        <location filename="../../tender_helper/cli/notices_cmds.py" line="141" />
        <source>Notice</source>
        <translation>Kunngjøring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="150" />
        <location filename="../../tender_helper/cli/bid_cmds.py" line="204" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="156" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="151" />
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="152" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="202" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="203" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="205" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="206" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="225" />
        <source>Template {template} changed since this bid was opened (version {old}, now {new}).</source>
        <translation>Malen {template} er endret siden dette tilbudet ble opprettet (versjon {old}, nå {new}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="231" />
        <source>{item}: {status}</source>
        <translation>{item}: {status}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="237" />
        <source>Bid {id} is now {status}.</source>
        <translation>Tilbud {id} har nå status {status}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="249" />
        <location filename="../../tender_helper/cli/bid_cmds.py" line="256" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="164" />
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="79" />
        <source>Wrote {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="266" />
        <source>Wrote {path} with {count} files.</source>
        <translation>Lagret {path} med {count} filer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="268" />
        <source>Not in the package: {type} ({state})</source>
        <translation>Ikke med i pakken: {type} ({state})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="74" />
        <source>Added company {name} (id {id}).</source>
        <translation>La til foretaket {name} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="84" />
        <source>Saved company {name} (id {id}).</source>
        <translation>Lagret foretaket {name} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="94" />
        <source>No companies yet. Add one with: tender-helper company add --name … --business-id … --country FI</source>
        <translation>Ingen foretak ennå. Legg til et med: tender-helper company add --name … --business-id … --country NO</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="101" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="119" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="228" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="102" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="120" />
        <source>Business id</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="103" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="121" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="104" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="122" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="123" />
        <source>Turnover (EUR)</source>
        <translation>Omsetning (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="124" />
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="125" />
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="126" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="137" />
        <source>Delete {name} and all its data? Type yes to confirm: </source>
        <translation>Slette {name} og alle tilhørende data? Skriv ja for å bekrefte: </translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="140" />
        <source>Nothing was deleted.</source>
        <translation>Ingenting ble slettet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="144" />
        <source>Deleted company {name}.</source>
        <translation>Slettet foretaket {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="26" />
        <source>Removed {notices} sample notices and {companies} sample company.</source>
        <translation>Fjernet {notices} eksempelkunngjøringer og {companies} eksempelforetak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="44" />
        <source>Loaded {count} sample notices and the sample company {name} (id {id}).</source>
        <translation>Lastet inn {count} eksempelkunngjøringer og eksempelforetaket {name} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="48" />
        <source>Try: tender-helper notices list --open   Remove them with: tender-helper demo --remove</source>
        <translation>Prøv: tender-helper notices list --open   Fjern dem med: tender-helper demo --remove</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="78" />
        <source>Wrote {path} for {name}.</source>
        <translation>Lagret {path} for {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="103" />
        <source>Conflict in {section} '{label}': changed here later than in the package ({fields}).</source>
        <translation>Konflikt i {section} «{label}»: endret her senere enn i pakken ({fields}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="110" />
        <source>Take the package's version? [y/N] </source>
        <translation>Bruke versjonen fra pakken? [j/N] </translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="135" />
        <source>Would add {added}, update {updated}, keep {kept} local, leave {unchanged} unchanged.</source>
        <translation>Ville lagt til {added}, oppdatert {updated}, beholdt {kept} lokale og latt {unchanged} være uendret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="137" />
        <source>Added {added}, updated {updated}, kept {kept} local, {unchanged} unchanged.</source>
        <translation>Lagt til {added}, oppdatert {updated}, beholdt {kept} lokale, {unchanged} uendret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="148" />
        <source>Skipped (needs a newer version): {names}</source>
        <translation>Hoppet over (krever nyere versjon): {names}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="99" />
        <source>[new since last sync]</source>
        <translation>[ny siden forrige synkronisering]</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="103" />
        <source>{buyer} ({country}) · deadline {deadline}</source>
        <translation>{buyer} ({country}) · frist {deadline}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="110" />
        <source>Lots: {fit} of {count} fit</source>
        <translation>Delkontrakter: {fit} av {count} passer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="130" />
        <source>Notices for {name}: {count} matches, {new} new since the last sync</source>
        <translation>Kunngjøringer for {name}: {count} treff, {new} nye siden forrige synkronisering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="133" />
        <source>Note: {text}</source>
        <translation>Merk: {text}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="150" />
        <source>Notice {notice} is now {state} for {name}.</source>
        <translation>Kunngjøring {notice} har nå status {state} for {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="106" />
        <source>Deadline moved from {old} to {new}</source>
        <translation>Fristen er flyttet fra {old} til {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="107" />
        <source>Lot {lot} added</source>
        <translation>Delkontrakt {lot} lagt til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="108" />
        <source>Lot {lot} removed</source>
        <translation>Delkontrakt {lot} fjernet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="109" />
        <source>Estimated value changed</source>
        <translation>Anslått verdi endret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="110" />
        <source>Title changed</source>
        <translation>Tittel endret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="111" />
        <source>CPV codes changed from {old} to {new}</source>
        <translation>CPV-koder endret fra {old} til {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="112" />
        <source>Procedure cancelled</source>
        <translation>Konkurransen er avlyst</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="113" />
        <source>Corrigendum</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="142" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="143" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="154" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="144" />
        <source>Buyer</source>
        <translation>Oppdragsgiver</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="145" />
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="146" />
        <location filename="../../tender_helper/cli/profile_cmds.py" line="106" />
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="147" />
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="148" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="149" />
        <source>Estimated value</source>
        <translation>Anslått verdi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="150" />
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="151" />
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="188" />
        <source>Reading</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="195" />
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {failed} failed.</source>
        <translation>Importert: {new} nye, {updated} oppdatert, {unchanged} uendret, {failed} mislyktes.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="202" />
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="203" />
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="208" />
        <source>No notice could be read from {paths}.</source>
        <translation>Ingen kunngjøringer kunne leses fra {paths}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="250" />
        <source>closed</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="250" />
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="264" />
        <source>No notices match. Get some with: tender-helper sync, notices import or demo</source>
        <translation>Ingen kunngjøringer passer. Hent noen med: tender-helper sync, notices import eller demo</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="298" />
        <source>The buyer has cancelled this procedure.</source>
        <translation>Oppdragsgiveren har avlyst denne konkurransen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="302" />
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="88" />
        <source>Saved the search profile of {name}.</source>
        <translation>Lagret søkeprofilen for {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="102" />
        <source>Search profile of {name}</source>
        <translation>Søkeprofil for {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="105" />
        <source>CPV codes</source>
        <translation>CPV-koder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="107" />
        <source>Countries</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="108" />
        <source>Keywords</source>
        <translation>Søkeord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="109" />
        <source>Excluded words</source>
        <translation>Ekskluderte ord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="110" />
        <source>Smallest value (EUR)</source>
        <translation>Laveste verdi (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="111" />
        <source>Largest value (EUR)</source>
        <translation>Høyeste verdi (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="112" />
        <source>Fewest days to deadline</source>
        <translation>Minste antall dager igjen til fristen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="113" />
        <source>Notice kinds</source>
        <translation>Kunngjøringstyper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="110" />
        <source>Added session {id} for {name} ({minutes} min).</source>
        <translation>La til rådgivningsmøte {id} for {name} ({minutes} min).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="137" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="138" />
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="139" />
        <source>Topics</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="152" />
        <source>Used {used} min; no allowance set.</source>
        <translation>Brukt {used} min; ingen avtalt rådgivningstid.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="155" />
        <source>Used {used} of {allowed} min; {left} min left.</source>
        <translation>Brukt {used} av {allowed} min; {left} min igjen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="173" />
        <source>Saved the advice allowance of {name}.</source>
        <translation>Lagret avtalt rådgivningstid for {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="59" />
        <source>Stored the {year} statement of {company} ({percent} % complete).</source>
        <translation>Lagret bærekraftsrapporten for {year} for {company} ({percent} % utfylt).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="68" />
        <source>Wrote the {year} statement of {company} to {path}.</source>
        <translation>Lagret bærekraftsrapporten for {year} for {company} i {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="82" />
        <source>Kept it among the documents of {company} as {title} (document {id}).</source>
        <translation>Lagret den blant dokumentene til {company} som {title} (dokument {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="106" />
        <source>Reporting year</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="107" />
        <source>Complete</source>
        <translation>Utfylt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="108" />
        <source>Scope 1 (t CO2e)</source>
        <translation>Scope 1 (t CO2e)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="109" />
        <source>Scope 2, location-based (t CO2e)</source>
        <translation>Scope 2, lokasjonsbasert (t CO2e)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="110" />
        <source>Energy (MWh)</source>
        <translation>Energi (MWh)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="111" />
        <source>Still open</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="60" />
        <source>The {count} notices already saved still work: tender-helper notices list</source>
        <translation>De {count} kunngjøringene som allerede er lagret, kan fortsatt brukes: tender-helper notices list</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="67" />
        <source>Downloading</source>
        <translation>Laster ned</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="80" />
        <source>TED: {new} new, {changed} changed, {unchanged} unchanged, {failed} failed.</source>
        <translation>TED: {new} nye, {changed} endret, {unchanged} uendret, {failed} mislyktes.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="89" />
        <source>Cancelled; the next sync continues from here.</source>
        <translation>Avbrutt; neste synkronisering fortsetter herfra.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="92" />
        <source>The next sync continues from here.</source>
        <translation>Neste synkronisering fortsetter herfra.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="110" />
        <source>Stored {title} for {company} (document {id}).</source>
        <translation>Lagret {title} for {company} (dokument {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="116" />
        <source>Valid until {date}, as the rule says: {rule}</source>
        <translation>Gyldig til {date} i henhold til regelen: {rule}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="122" />
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="123" />
        <source>expiring</source>
        <translation>utløper snart</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="124" />
        <source>EXPIRED</source>
        <translation>UTLØPT</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="125" />
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="148" />
        <source>No documents.</source>
        <translation>Ingen dokumenter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="153" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="228" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="155" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="182" />
        <source>Missing from the vault: {company}: {title} ({file}, version {version})</source>
        <translation>Mangler i hvelvet: {company}: {title} ({file}, versjon {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="183" />
        <source>Changed on disk: {company}: {title} ({file}, version {version})</source>
        <translation>Endret på disken: {company}: {title} ({file}, versjon {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="193" />
        <source>All {count} stored files are intact.</source>
        <translation>Alle {count} lagrede filer er uskadde.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="196" />
        <source>{bad} of {count} stored files are missing or damaged; restore them from a backup.</source>
        <translation>{bad} av {count} lagrede filer mangler eller er skadet; gjenopprett dem fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="219" />
        <source>Exported {count} documents of {company} to {path}.</source>
        <translation>Eksporterte {count} dokumenter for {company} til {path}.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="47" />
        <location filename="../../tender_helper/ui/companies_page.py" line="109" />
        <source>New company</source>
        <translation>Nytt foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="48" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="50" />
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="131" />
        <source>Saved {name}.</source>
        <translation>Lagret {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="145" />
        <source>Delete company</source>
        <translation>Slett foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="146" />
        <source>Delete {name} and everything stored for it? This cannot be undone.</source>
        <translation>Vil du slette {name} og alt som er lagret for foretaket? Dette kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="50" />
        <source>From staff and turnover</source>
        <translation>Ut fra ansatte og omsetning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="54" />
        <source>e.g. 450 000</source>
        <translation>f.eks. 450 000</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="57" />
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="61" />
        <source>What the company does, its strengths and references.</source>
        <translation>Hva foretaket gjør, styrker og referanser.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="71" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="72" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="75" />
        <source>Size class</source>
        <translation>Størrelsesklasse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="76" />
        <source>Turnover (EUR a year)</source>
        <translation>Omsetning (EUR per år)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="77" />
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="83" />
        <source>Working languages</source>
        <translation>Arbeidsspråk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="84" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="89" />
        <source>Business id ({kind})</source>
        <translation>Organisasjonsnummer ({kind})</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="54" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="55" />
        <source>Business id</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="56" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="57" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="91" />
        <source>Newer changes on this computer</source>
        <translation>Nyere endringer på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="95" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="96" />
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="97" />
        <source>Changed fields</source>
        <translation>Endrede felt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="98" />
        <source>Changed here</source>
        <translation>Endret her</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="99" />
        <source>In package</source>
        <translation>I pakken</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="119" />
        <source>Keep mine</source>
        <translation>Behold min versjon</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="120" />
        <source>Take the package's</source>
        <translation>Bruk pakkens versjon</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="123" />
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="128" />
        <source>These were changed on this computer after the package was made. Nothing is overwritten unless you choose so.</source>
        <translation>Disse ble endret på denne datamaskinen etter at pakken ble laget. Ingenting blir overskrevet med mindre du velger det.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="134" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>CpvBranchDialog</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="56" />
        <source>Filter by CPV branch</source>
        <translation>Filtrer etter CPV-gren</translation>
    </message>
</context>
<context>
    <name>CpvPicker</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="41" />
        <source>Search by word or code, e.g. siivous, städning, cleaning, 9091</source>
        <translation>Søk på ord eller kode, f.eks. renhold, siivous, städning, 9091</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="45" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="45" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="48" />
        <source>No CPV code matches these words.</source>
        <translation>Ingen CPV-kode passer til disse ordene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="56" />
        <source>Add ↓</source>
        <translation>Legg til ↓</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="57" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="83" />
        <source>Chosen codes (a code also covers everything under it):</source>
        <translation>Valgte koder (en kode dekker også alt under den):</translation>
    </message>
</context>
<context>
    <name>CpvTreeModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_tree_model.py" line="79" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_tree_model.py" line="80" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../tender_helper/ui/deadline_dialog.py" line="15" />
        <source>Tender deadline</source>
        <translation>Tilbudsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/deadline_dialog.py" line="19" />
        <source>The notice {reference} gives no deadline. Enter the tender deadline from its documents.</source>
        <translation>Kunngjøringen {reference} oppgir ingen frist. Legg inn tilbudsfristen fra konkurransegrunnlaget.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="41" />
        <source>The buyer answers questions asked in good time at least 6 days before the tender deadline.</source>
        <translation>Oppdragsgiveren svarer på spørsmål som er stilt i god tid, senest 6 dager før tilbudsfristen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="50" />
        <location filename="../../tender_helper/checklists/deadlines.py" line="102" />
        <source>Accelerated procedure: the buyer answers at least 4 days before the tender deadline.</source>
        <translation>Forkortede frister (hast): oppdragsgiveren svarer senest 4 dager før tilbudsfristen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="59" />
        <source>Below the EU threshold the buyer also answers questions asked in good time before the tender deadline.</source>
        <translation>Under EU-terskelverdien svarer oppdragsgiveren også på spørsmål som er stilt i god tid før tilbudsfristen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="70" />
        <source>EU procurement: the buyer gives additional information at least 6 days before the tender deadline.</source>
        <translation>EU-anskaffelse: oppdragsgiveren gir tilleggsopplysninger senest 6 dager før tilbudsfristen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="81" />
        <source>Accelerated EU procedure: the buyer answers at least 4 days before the tender deadline.</source>
        <translation>EU-anskaffelse med forkortede frister (hast): oppdragsgiveren svarer senest 4 dager før tilbudsfristen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="91" />
        <source>Above the EEA threshold the buyer answers questions at least 6 days before the tender deadline.</source>
        <translation>Over EØS-terskelverdien svarer oppdragsgiveren på spørsmål senest 6 dager før tilbudsfristen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="115" />
        <source>The contract may be signed 14 days after you received the decision and appeal instructions.</source>
        <translation>Kontrakten kan inngås 14 dager etter at du mottok beslutningen og klageveiledningen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="125" />
        <source>Standstill of 10 days when the award decision is sent electronically (15 days otherwise).</source>
        <translation>Karensperiode på 10 dager når tildelingsbeslutningen sendes elektronisk (ellers 15 dager).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="134" />
        <source>Standstill of 15 days when the award decision is not sent electronically.</source>
        <translation>Karensperiode på 15 dager når tildelingsbeslutningen ikke sendes elektronisk.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="141" />
        <source>Standstill (karensperiode) after the notice of the chosen supplier; check its length in the notice.</source>
        <translation>Karensperiode etter meddelelsen om valg av leverandør; sjekk lengden i meddelelsen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="154" />
        <source>No standstill for national (below EU threshold) procurements in Finland: the contract may be signed at once.</source>
        <translation>Ingen karensperiode for nasjonale anskaffelser (under EU-terskelverdien) i Finland: kontrakten kan inngås straks.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="56" />
        <source>Choose file…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="64" />
        <source>YYYY-MM-DD or D.M.YYYY</source>
        <translation>ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="86" />
        <source>New version of {title}</source>
        <translation>Ny versjon av {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="88" />
        <source>Details of {title}</source>
        <translation>Detaljer for {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="89" />
        <source>Add a document</source>
        <translation>Legg til et dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="97" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="98" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="99" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="100" />
        <location filename="../../tender_helper/ui/document_dialog.py" line="173" />
        <source>Issued on</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="101" />
        <location filename="../../tender_helper/ui/document_dialog.py" line="174" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="103" />
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="125" />
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="128" />
        <source>Choose the document</source>
        <translation>Velg dokumentet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="147" />
        <source>No fixed validity for this type in {country}: copy the date from the document.</source>
        <translation>Denne typen har ingen fast gyldighet i {country}: skriv av datoen fra dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="151" />
        <source>Enter the issue date to get a proposed end date.</source>
        <translation>Fyll inn utstedelsesdatoen for å få forslag til sluttdato.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="156" />
        <source>Proposed: valid until {date}. {rule}</source>
        <translation>Forslag: gyldig til {date}. {rule}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="30" />
        <source>Expired {days} d ago</source>
        <translation>Utløpt for {days} d siden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="33" />
        <source>Expires today</source>
        <translation>Utløper i dag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="34" />
        <source>Expires in {days} d</source>
        <translation>Utløper om {days} d</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="36" />
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="37" />
        <source>No end date</source>
        <translation>Uten sluttdato</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="111" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="112" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="113" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="114" />
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="115" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="116" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="117" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="11" />
        <source>Tax debt certificate</source>
        <translation>Attest om skatterestanser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="12" />
        <source>Pension insurance certificate</source>
        <translation>Attest om pensjonsforsikring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="13" />
        <source>Trade register extract</source>
        <translation>Firmaattest</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="14" />
        <source>VAT register extract</source>
        <translation>Utskrift fra MVA-registeret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="15" />
        <source>Tax certificate (skatteattest)</source>
        <translation>Skatteattest</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="16" />
        <source>Registration certificate</source>
        <translation>Registreringsbevis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="17" />
        <source>Insurance policy</source>
        <translation>Forsikringsbevis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="18" />
        <source>Occupational health care agreement</source>
        <translation>Avtale om bedriftshelsetjeneste</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="19" />
        <source>Statement of the applicable collective agreement</source>
        <translation>Opplysning om gjeldende tariffavtale</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="22" />
        <source>Criminal record extract</source>
        <translation>Politiattest</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="23" />
        <source>ISO 9001 certificate</source>
        <translation>ISO 9001-sertifikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="24" />
        <source>ISO 14001 certificate</source>
        <translation>ISO 14001-sertifikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="25" />
        <source>Other certificate</source>
        <translation>Annet sertifikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="26" />
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="27" />
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="28" />
        <source>Financial statements</source>
        <translation>Årsregnskap</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="29" />
        <source>Signed ESPD</source>
        <translation>Signert ESPD</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="30" />
        <source>Sustainability statement (VSME)</source>
        <translation>Bærekraftsrapport (VSME)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="31" />
        <source>Other document</source>
        <translation>Annet dokument</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="65" />
        <source>Drop files here to add them, or use Add.</source>
        <translation>Slipp filer her for å legge dem til, eller bruk Legg til.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="77" />
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="78" />
        <source>New version…</source>
        <translation>Ny versjon…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="79" />
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="80" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="81" />
        <source>History…</source>
        <translation>Historikk…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="82" />
        <source>Export to folder…</source>
        <translation>Eksporter til mappe…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="83" />
        <source>Export as zip…</source>
        <translation>Eksporter som zip…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="84" />
        <location filename="../../tender_helper/ui/documents_page.py" line="359" />
        <location filename="../../tender_helper/ui/documents_page.py" line="373" />
        <source>Verify files</source>
        <translation>Kontroller filer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="85" />
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="116" />
        <source>Missing or expired</source>
        <translation>Mangler eller utløpt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="118" />
        <source>What bids in this country usually ask for. Double-click to add it.</source>
        <translation>Det som vanligvis kreves i tilbud i dette landet. Dobbeltklikk for å legge til.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="147" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="148" />
        <source>Add a company first on the Companies page.</source>
        <translation>Legg først til et foretak på siden Foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="151" />
        <source>Documents of {name}</source>
        <translation>Dokumenter for {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="165" />
        <source>Nothing missing.</source>
        <translation>Ingenting mangler.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="191" />
        <source>Add a company document…</source>
        <translation>Legg til et foretaksdokument…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="275" />
        <source>Saved {title}.</source>
        <translation>Lagret {title}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="283" />
        <source>Delete document</source>
        <translation>Slett dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="284" />
        <source>Delete {title} with all its versions? This cannot be undone.</source>
        <translation>Vil du slette {title} med alle versjoner? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="321" />
        <source>Export documents to folder</source>
        <translation>Eksporter dokumenter til mappe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="327" />
        <source>Export documents as zip</source>
        <translation>Eksporter dokumenter som zip</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="327" />
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="345" />
        <source>Exported {count} documents to {path}.</source>
        <translation>Eksporterte {count} dokumenter til {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="358" />
        <source>All {count} stored files are intact.</source>
        <translation>Alle {count} lagrede filer er uskadde.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="362" />
        <source>Missing: {title} (version {version})</source>
        <translation>Mangler: {title} (versjon {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="366" />
        <source>Changed on disk: {title} (version {version})</source>
        <translation>Endret på disken: {title} (versjon {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="374" />
        <source>Some stored files are damaged; restore them from a backup.</source>
        <translation>Noen lagrede filer er skadet; gjenopprett dem fra en sikkerhetskopi.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Document type</source>
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="84" />
        <source>'{value}' is not a date and time such as 2025-03-20T12:00+02:00.</source>
        <translation>«{value}» er ikke en dato og et klokkeslett som 2025-03-20T12:00+02:00.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="94" />
        <source>Document {value} belongs to another company.</source>
        <translation>Dokument {value} tilhører et annet foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="120" />
        <source>Name the company with --company.</source>
        <translation>Oppgi foretaket med --company.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="122" />
        <source>--limit must be 1 or more.</source>
        <translation>--limit må være 1 eller mer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="256" />
        <source>'{value}' is not a number of notices.</source>
        <translation>«{value}» er ikke et antall kunngjøringer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="46" />
        <source>'{value}' is not a number of days.</source>
        <translation>«{value}» er ikke et antall dager.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="55" />
        <source>Unknown notice kind in '{value}'; use competition, planning, consultation, result.</source>
        <translation>Ukjent kunngjøringstype i «{value}»; bruk competition, planning, consultation, result.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="58" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="71" />
        <source>'{value}' is not a date; use YYYY-MM-DD.</source>
        <translation>«{value}» er ikke en dato; bruk ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="36" />
        <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{value}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="71" />
        <source>There are {count} companies; say which one with --company.</source>
        <translation>Det finnes {count} foretak; oppgi hvilket med --company.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="213" />
        <source>No documents match; nothing was exported.</source>
        <translation>Ingen dokumenter passer; ingenting ble eksportert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="57" />
        <location filename="../../tender_helper/core/company.py" line="93" />
        <source>Country {value} is not supported; choose one of FI, SE, NO, DK, EE, LV, LT.</source>
        <translation>Landet {value} støttes ikke; velg et av FI, SE, NO, DK, EE, LV, LT.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="67" />
        <source>The {kind} {value} has a wrong check digit.</source>
        <translation>Kontrollsifferet i {kind} {value} er feil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="74" />
        <source>'{value}' is not a valid {kind}.</source>
        <translation>«{value}» er ikke et gyldig {kind}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="89" />
        <source>The company needs a name.</source>
        <translation>Foretaket må ha et navn.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="101" />
        <source>Staff cannot be negative.</source>
        <translation>Antall ansatte kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="103" />
        <source>Turnover cannot be negative.</source>
        <translation>Omsetningen kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="107" />
        <source>Unknown language code {value}; use e.g. fin, swe, nor, eng.</source>
        <translation>Ukjent språkkode {value}; bruk f.eks. fin, swe, nor, eng.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="156" />
        <source>The smallest value {low} is above the largest value {high}.</source>
        <translation>Den minste verdien {low} er større enn den største verdien {high}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="163" />
        <source>Contract values cannot be negative.</source>
        <translation>Kontraktsverdier kan ikke være negative.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="166" />
        <source>Days to deadline must be between 0 and 365.</source>
        <translation>Dager til fristen må være mellom 0 og 365.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="182" />
        <source>Country {value} is not one we watch; use FIN, SWE, NOR, DNK, EST, LVA, LTU or ISL.</source>
        <translation>Landet {value} følges ikke; bruk FIN, SWE, NOR, DNK, EST, LVA, LTU eller ISL.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="215" />
        <location filename="../../tender_helper/core/company.py" line="219" />
        <source>'{value}' is not an amount.</source>
        <translation>«{value}» er ikke et beløp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/cpv.py" line="35" />
        <source>'{value}' is not a CPV code: it needs 8 digits, like 72000000.</source>
        <translation>«{value}» er ikke en CPV-kode: den må ha 8 sifre, for eksempel 72000000.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/cpv.py" line="89" />
        <source>CPV code {value} is not in the official CPV list.</source>
        <translation>CPV-koden {value} finnes ikke i den offisielle CPV-listen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/notice.py" line="53" />
        <source>'{value}' is not a date or a date and time.</source>
        <translation>«{value}» er ikke en dato eller en dato med klokkeslett.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/notice.py" line="87" />
        <source>'{value}' is not an amount of money.</source>
        <translation>«{value}» er ikke et pengebeløp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/nuts.py" line="80" />
        <source>'{value}' is not a NUTS region of the Nordic or Baltic countries.</source>
        <translation>«{value}» er ikke en NUTS-region i Norden eller Baltikum.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="69" />
        <source>The package failed its authenticity check: it is incomplete or was changed after it was made. Nothing was imported.</source>
        <translation>Pakken besto ikke ekthetskontrollen: den er ufullstendig eller er endret etter at den ble laget. Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="112" />
        <source>This file is not a Tender Helper hand-off package.</source>
        <translation>Denne filen er ikke en overleveringspakke fra Tender Helper.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="118" />
        <source>The package was made by a newer version of Tender Helper (format {version}). Update the program to import it; nothing was imported.</source>
        <translation>Pakken er laget av en nyere versjon av Tender Helper (format {version}). Oppdater programmet for å importere den; ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="138" />
        <source>The passphrase does not open this package (or its header is damaged). Nothing was imported.</source>
        <translation>Passordfrasen åpner ikke denne pakken (eller pakkehodet er skadet). Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/documents_section.py" line="73" />
        <location filename="../../tender_helper/handoff/package.py" line="72" />
        <location filename="../../tender_helper/services/handoff.py" line="114" />
        <location filename="../../tender_helper/services/handoff.py" line="125" />
        <source>The package is not usable ({reason}). Nothing was imported.</source>
        <translation>Pakken kan ikke brukes ({reason}). Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/package.py" line="214" />
        <source>The package was made by a newer version of Tender Helper ({version}). Update the program to import it; nothing was imported.</source>
        <translation>Pakken er laget av en nyere versjon av Tender Helper ({version}). Oppdater programmet for å importere den; ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/sessions_section.py" line="160" />
        <source>The package holds a session that belongs to another company here. Nothing was imported.</source>
        <translation>Pakken inneholder et rådgivningsmøte som her tilhører et annet foretak. Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/paths.py" line="41" />
        <source>The data folder {path} cannot be written: {reason}.</source>
        <translation>Kan ikke skrive til datamappen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bid_exports.py" line="218" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="185" />
        <source>{name} could not be written: {reason}</source>
        <translation>{name} kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="108" />
        <source>The notice {value} gives no deadline. Enter the tender deadline from its documents.</source>
        <translation>Kunngjøringen {value} oppgir ingen frist. Legg inn tilbudsfristen fra konkurransegrunnlaget.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="186" />
        <source>Unknown status {value}; use todo, in_progress, done or not_applicable.</source>
        <translation>Ukjent status {value}; bruk todo, in_progress, done eller not_applicable.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="200" />
        <source>This step does not ask for a document of type {value}.</source>
        <translation>Dette steget krever ikke et dokument av typen {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="213" />
        <source>A bid cannot go from {current} to {value}.</source>
        <translation>Et tilbud kan ikke gå fra {current} til {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="219" />
        <source>Say why you do not bid.</source>
        <translation>Oppgi hvorfor du ikke gir tilbud.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="234" />
        <source>Not an answer to the assessment: {value}</source>
        <translation>Ikke et gyldig svar på vurderingen: {value}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="239" />
        <source>Give a reason when your decision differs from the recommendation.</source>
        <translation>Oppgi en begrunnelse når beslutningen din avviker fra anbefalingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="262" />
        <source>This bid needs a tender deadline: the notice gives none.</source>
        <translation>Dette tilbudet trenger en tilbudsfrist: kunngjøringen oppgir ingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="309" />
        <source>The notice has no lot {value}; its lots are {known}.</source>
        <translation>Kunngjøringen har ingen delkontrakt {value}; delkontraktene er {known}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/demo.py" line="49" />
        <source>The cache already has this notice from a real source; the sample is left out.</source>
        <translation>Denne kunngjøringen er allerede lagret fra en ekte kilde; eksempelet hoppes over.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="79" />
        <location filename="../../tender_helper/vault/validity.py" line="119" />
        <source>Unknown document type {value}.</source>
        <translation>Ukjent dokumenttype {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="83" />
        <source>The document needs a title.</source>
        <translation>Dokumentet må ha en tittel.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="86" />
        <source>The title is too long ({value} characters; at most {limit}).</source>
        <translation>Tittelen er for lang ({value} tegn; maks {limit}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="93" />
        <source>The document cannot be valid until {until}, before it was issued ({issued}).</source>
        <translation>Dokumentet kan ikke være gyldig til {until}, før det ble utstedt ({issued}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="152" />
        <source>Only the newest version of {name} can be replaced.</source>
        <translation>Bare den nyeste versjonen av {name} kan erstattes.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="34" />
        <source>The passphrase needs at least {value} characters.</source>
        <translation>Passordfrasen må ha minst {value} tegn.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="47" />
        <source>The passphrase file {path} cannot be read: {reason}</source>
        <translation>Kan ikke lese passordfrasefilen {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="55" />
        <source>The passphrase file {path} is empty.</source>
        <translation>Passordfrasefilen {path} er tom.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/matching.py" line="347" />
        <source>'{value}' is not a match state; use new, seen, starred or dismissed.</source>
        <translation>«{value}» er ikke en gyldig treffstatus; bruk new, seen, starred eller dismissed.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/matching.py" line="354" />
        <source>Notice {value} is not among this company's matches.</source>
        <translation>Kunngjøring {value} er ikke blant treffene for dette foretaket.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/notices.py" line="91" />
        <location filename="../../tender_helper/sources/packages.py" line="104" />
        <location filename="../../tender_helper/sources/packages.py" line="122" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="164" />
        <location filename="../../tender_helper/vault/store.py" line="118" />
        <location filename="../../tender_helper/vault/store.py" line="158" />
        <source>{name} cannot be read: {reason}</source>
        <translation>Kan ikke lese {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="62" />
        <source>Unknown topic {value}; use one of {choices}.</source>
        <translation>Ukjent tema {value}; bruk et av {choices}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="75" />
        <source>A session lasts between 0 and {value} minutes.</source>
        <translation>Et rådgivningsmøte varer mellom 0 og {value} minutter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="85" />
        <source>A follow-up needs a text.</source>
        <translation>Et oppfølgingspunkt må ha en tekst.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="151" />
        <source>The advice allowance must be between 0 and 1000 hours.</source>
        <translation>Den avtalte rådgivningstiden må være mellom 0 og 1000 timer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="75" />
        <source>{name} has no sustainability statement for {year}.</source>
        <translation>{name} har ingen bærekraftsrapport for {year}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="110" />
        <source>{name} holds the statement for {found}, not for {year}.</source>
        <translation>{name} inneholder bærekraftsrapporten for {found}, ikke for {year}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="118" />
        <source>A statement for {year} is already stored; importing would overwrite it.</source>
        <translation>Det er allerede lagret en bærekraftsrapport for {year}; importen ville overskrive den.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/settings.py" line="43" />
        <source>The settings file {path} cannot be read: {reason}.</source>
        <translation>Kan ikke lese innstillingsfilen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms.py" line="52" />
        <source>{name} is not an eForms notice (its root element is {root}).</source>
        <translation>{name} er ikke en eForms-kunngjøring (rotelementet er {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms.py" line="61" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="83" />
        <source>{name} has no title in any language.</source>
        <translation>{name} har ingen tittel på noe språk.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms_dates.py" line="29" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="173" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="183" />
        <source>{name} has a date or time that cannot be read: '{value}'.</source>
        <translation>{name} har en dato eller et klokkeslett som ikke kan leses: «{value}».</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http.py" line="304" />
        <source>'{value}' is not a web address Tender Helper can use.</source>
        <translation>«{value}» er ikke en nettadresse Tender Helper kan bruke.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="11" />
        <source>{source} could not be reached. Check your internet connection; your saved notices are still available.</source>
        <translation>Får ikke kontakt med {source}. Sjekk internettforbindelsen; de lagrede kunngjøringene dine er fortsatt tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="24" />
        <source>{source} did not answer in time. Please try again later; your saved notices are still available.</source>
        <translation>{source} svarte ikke i tide. Prøv igjen senere; de lagrede kunngjøringene dine er fortsatt tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="36" />
        <source>{source} is busy and asked Tender Helper to wait. Please try again in about {minutes} minute(s); your saved notices are still available.</source>
        <translation>{source} er opptatt og ba Tender Helper vente. Prøv igjen om omtrent {minutes} minutt(er); de lagrede kunngjøringene dine er fortsatt tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="52" />
        <source>{source} is having technical problems (error {status}). Please try again later; your saved notices are still available.</source>
        <translation>{source} har tekniske problemer (feil {status}). Prøv igjen senere; de lagrede kunngjøringene dine er fortsatt tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="68" />
        <source>{source} refused the request (error {status}). Tender Helper may need an update; your saved notices are still available.</source>
        <translation>{source} avviste forespørselen (feil {status}). Det kan hende Tender Helper må oppdateres; de lagrede kunngjøringene dine er fortsatt tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="85" />
        <source>{source} sent a reply Tender Helper could not read ({what}). Please try again later; if it keeps happening, the service may have changed.</source>
        <translation>{source} sendte et svar Tender Helper ikke kunne lese ({what}). Prøv igjen senere; hvis det fortsetter, kan tjenesten ha blitt endret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="101" />
        <source>{source} did not accept the search built from your profile ({error_type}{detail}). Check the profile's codes and countries; if they look right, Tender Helper may need an update.</source>
        <translation>{source} godtok ikke søket som ble bygd fra profilen din ({error_type}{detail}). Sjekk kodene og landene i profilen; hvis de ser riktige ut, kan det hende Tender Helper må oppdateres.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="118" />
        <source>The interrupted download from {source} cannot be continued. Start it again; it will resume from the last notices already saved.</source>
        <translation>Den avbrutte nedlastingen fra {source} kan ikke fortsettes. Start den på nytt; den fortsetter fra de siste kunngjøringene som allerede er lagret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="133" />
        <source>The download from {source} was cancelled.</source>
        <translation>Nedlastingen fra {source} ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/notice_xml.py" line="21" />
        <source>{name} is not a notice this version can read (root element {root}).</source>
        <translation>{name} er ikke en kunngjøring denne versjonen kan lese (rotelement {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/packages.py" line="68" />
        <source>{name} is not a readable TED package: {reason}</source>
        <translation>{name} er ikke en lesbar TED-pakke: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="33" />
        <source>{name} is too large to be a notice ({size} bytes, at most {limit}).</source>
        <translation>{name} er for stor til å være en kunngjøring ({size} byte, maks {limit}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="47" />
        <source>{name} is not well-formed XML: {reason}</source>
        <translation>{name} er ikke velformet XML: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="58" />
        <source>{name} declares a DTD or entities, which notices never do; it was not read.</source>
        <translation>{name} deklarerer en DTD eller entiteter, noe kunngjøringer aldri gjør; filen ble ikke lest.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_query.py" line="67" />
        <source>The TED search needs at least a date, a country, a CPV code or a notice kind.</source>
        <translation>TED-søket trenger minst en dato, et land, en CPV-kode eller en kunngjøringstype.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_query.py" line="103" />
        <source>'{value}' is not a three-letter country code such as FIN or SWE.</source>
        <translation>«{value}» er ikke en landkode på tre bokstaver, som FIN eller SWE.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_r209.py" line="75" />
        <source>{name} is not a TED_EXPORT notice (its root element is {root}).</source>
        <translation>{name} er ikke en TED_EXPORT-kunngjøring (rotelementet er {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_r209.py" line="86" />
        <source>{name} has no TED document number.</source>
        <translation>{name} har ikke noe TED-dokumentnummer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/bids_repo.py" line="127" />
        <source>There is no bid {value}.</source>
        <translation>Det finnes ikke noe tilbud {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/bids_repo.py" line="228" />
        <source>Bid {bid} has no checklist item {value}.</source>
        <translation>Tilbud {bid} har ikke noe sjekklistepunkt {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="85" />
        <source>More than one company is called {value}; use its id.</source>
        <translation>Flere foretak heter {value}; bruk ID-en.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="87" />
        <location filename="../../tender_helper/storage/companies_repo.py" line="115" />
        <source>There is no company {value}.</source>
        <translation>Det finnes ikke noe foretak {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="135" />
        <source>A company with business id {value} already exists.</source>
        <translation>Det finnes allerede et foretak med organisasjonsnummer {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/database.py" line="38" />
        <source>'{value}' is not a database address.</source>
        <translation>«{value}» er ikke en databaseadresse.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="48" />
        <source>The database {path} is damaged or not a Tender Helper database. Nothing was changed; restore a backup or move the file away.</source>
        <translation>Databasen {path} er skadet eller ikke en Tender Helper-database. Ingenting ble endret; gjenopprett en sikkerhetskopi eller flytt filen et annet sted.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="81" />
        <source>The database cannot be opened: {reason}</source>
        <translation>Kan ikke åpne databasen: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="88" />
        <source>The database was written by a newer version of Tender Helper (schema {revision}). Update the program; nothing was changed.</source>
        <translation>Databasen er skrevet av en nyere versjon av Tender Helper (skjema {revision}). Oppdater programmet; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/notices_repo.py" line="258" />
        <location filename="../../tender_helper/storage/notices_repo.py" line="280" />
        <source>There is no notice {value} in the cache.</source>
        <translation>Kunngjøring {value} finnes ikke blant de lagrede kunngjøringene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/sessions_repo.py" line="194" />
        <source>There is no advice session {value}.</source>
        <translation>Det finnes ikke noe rådgivningsmøte {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/sessions_repo.py" line="245" />
        <source>There is no follow-up {value}.</source>
        <translation>Det finnes ikke noe oppfølgingspunkt {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/vault_repo.py" line="78" />
        <source>There is no document {value}.</source>
        <translation>Det finnes ikke noe dokument {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/emissions.py" line="65" />
        <source>There is no emission factor for {fuel} measured in {unit}; enter one.</source>
        <translation>Det finnes ingen utslippsfaktor for {fuel} målt i {unit}; legg inn en.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/emissions.py" line="83" />
        <source>There is no electricity emission factor for country {country}; enter one.</source>
        <translation>Det finnes ingen utslippsfaktor for strøm for landet {country}; legg inn en.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="52" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="102" />
        <source>{path}: expected an object.</source>
        <translation>{path}: forventet et objekt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="57" />
        <source>{path}: unknown field {key}.</source>
        <translation>{path}: ukjent felt {key}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="67" />
        <source>{path}: the required field {key} is missing.</source>
        <translation>{path}: det obligatoriske feltet {key} mangler.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="82" />
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: forventet {expected}, fant {found}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="97" />
        <source>{path}: expected a list.</source>
        <translation>{path}: forventet en liste.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="114" />
        <source>This is not a Tender Helper sustainability statement file.</source>
        <translation>Dette er ikke en bærekraftsrapportfil fra Tender Helper.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="119" />
        <source>The statement file has no valid format version.</source>
        <translation>Filen med bærekraftsrapporten har ingen gyldig formatversjon.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="123" />
        <source>The statement file was written by a newer Tender Helper (format {found}; this version reads up to {supported}). Update Tender Helper to import it.</source>
        <translation>Filen med bærekraftsrapporten er skrevet av en nyere Tender Helper (format {found}; denne versjonen leser opptil {supported}). Oppdater Tender Helper for å importere den.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="142" />
        <source>The statement is not valid JSON (line {line}, column {column}).</source>
        <translation>Bærekraftsrapporten er ikke gyldig JSON (linje {line}, kolonne {column}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="156" />
        <source>{name} is too large to be a sustainability statement.</source>
        <translation>{name} er for stor til å være en bærekraftsrapport.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="71" />
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="87" />
        <source>{name}: {value} is not a number.</source>
        <translation>{name}: {value} er ikke et tall.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="73" />
        <source>{name} cannot be negative (got {value}).</source>
        <translation>{name} kan ikke være negativ (fikk {value}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="78" />
        <source>{name} must be between {low} and {high} (got {value}).</source>
        <translation>{name} må være mellom {low} og {high} (fikk {value}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="91" />
        <source>{name}: {value} is not one of {allowed}.</source>
        <translation>{name}: {value} er ikke en av {allowed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="101" />
        <source>{name}: give a two-letter country code such as FI.</source>
        <translation>{name}: oppgi en landkode på to bokstaver, som FI.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="108" />
        <source>{name} ({value}) cannot exceed {whole_name} ({whole}).</source>
        <translation>{name} ({value}) kan ikke være større enn {whole_name} ({whole}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="195" />
        <source>Employees by gender add up to {value} but by contract type to {whole}; they should match.</source>
        <translation>Ansatte etter kjønn blir til sammen {value}, men etter ansettelsesform {whole}; tallene skal stemme overens.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="215" />
        <source>{name}: {value} is not a year.</source>
        <translation>{name}: {value} er ikke et årstall.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="169" />
        <location filename="../../tender_helper/ui/documents_page.py" line="265" />
        <source>Choose the file first.</source>
        <translation>Velg filen først.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="260" />
        <source>Choose a company and a file first.</source>
        <translation>Velg først et foretak og en fil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="15" />
        <source>A file could not be read or written: {reason}</source>
        <translation>En fil kunne ikke leses eller skrives: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="17" />
        <source>Something unexpected went wrong: {reason}</source>
        <translation>Noe uventet gikk galt: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="24" />
        <source>Tender Helper</source>
        <translation>Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="145" />
        <source>{name}: enter a number.</source>
        <translation>{name}: skriv inn et tall.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/export.py" line="30" />
        <source>The folder {name} cannot be created: {reason}</source>
        <translation>Kan ikke opprette mappen {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/files.py" line="66" />
        <source>The disk is full: {name} could not be saved. Free some space and try again.</source>
        <translation>Disken er full: {name} kunne ikke lagres. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/files.py" line="70" />
        <source>{name} could not be saved in the document vault: {reason}</source>
        <translation>{name} kunne ikke lagres i dokumenthvelvet: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="61" />
        <source>The stored reference of {name} is not a valid SHA-256 checksum.</source>
        <translation>Den lagrede referansen til {name} er ikke en gyldig SHA-256-sjekksum.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="84" />
        <source>The stored copy of {name} points outside the document vault.</source>
        <translation>Den lagrede kopien av {name} peker ut av dokumenthvelvet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="93" />
        <source>The vault folder {name} is a link to elsewhere; it will not be used.</source>
        <translation>Hvelvmappen {name} er en lenke til et annet sted; den blir ikke brukt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="106" />
        <source>{name} was not found; it may have been moved or deleted.</source>
        <translation>Fant ikke {name}; den kan ha blitt flyttet eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="113" />
        <source>{name} is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>{name} er en snarvei (symbolsk lenke); velg filen den peker til.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="127" />
        <source>{name} is not a regular file.</source>
        <translation>{name} er ikke en vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="141" />
        <source>{name} is {size_mb} MB; the document vault accepts files up to {limit_mb} MB.</source>
        <translation>{name} er på {size_mb} MB; dokumenthvelvet tar imot filer på opptil {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="203" />
        <source>The stored copy of {name} is missing from the document vault.</source>
        <translation>Den lagrede kopien av {name} mangler i dokumenthvelvet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="208" />
        <source>The stored copy of {name} cannot be opened: {reason}</source>
        <translation>Kan ikke åpne den lagrede kopien av {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="215" />
        <source>The stored copy of {name} is not a regular file.</source>
        <translation>Den lagrede kopien av {name} er ikke en vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="222" />
        <source>The stored copy of {name} has changed on disk; its checksum no longer matches.</source>
        <translation>Den lagrede kopien av {name} er endret på disken; sjekksummen stemmer ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="186" />
        <source>{name}: {value} is not a date in the calendar.</source>
        <translation>{name}: {value} er ikke en dato som finnes i kalenderen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="192" />
        <source>{name}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>{name}: {value} er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, f.eks. 2025-03-31.</translation>
    </message>
</context>
<context>
    <name>ExpirySummary</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="56" />
        <source>No document expires within {days} days.</source>
        <translation>Ingen dokumenter utløper innen {days} dager.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="59" />
        <source>{expired} expired, {expiring} expiring within {days} days.</source>
        <translation>{expired} utløpt, {expiring} utløper innen {days} dager.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="75" />
        <source>expired {date}</source>
        <translation>utløpt {date}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="77" />
        <source>valid until {date} ({days} d)</source>
        <translation>gyldig til {date} ({days} d)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="137" />
        <source>The report sums up the notice, the chosen lots, the bid/no-bid reasons, the checklist and the documents. The package is a zip of the report, the documents and a manifest with checksums.</source>
        <translation>Rapporten oppsummerer kunngjøringen, de valgte delkontraktene, begrunnelsen for å gi eller ikke gi tilbud, sjekklisten og dokumentene. Pakken er en zip-fil med rapporten, dokumentene og en innholdsliste med sjekksummer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="142" />
        <source>Save report (PDF)…</source>
        <translation>Lagre rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="143" />
        <source>Save bid package (zip)…</source>
        <translation>Lagre tilbudspakke (zip)…</translation>
    </message>
</context>
<context>
    <name>ForYouPage</name>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="59" />
        <source>Only notices still open</source>
        <translation>Bare kunngjøringer som fortsatt er åpne</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="61" />
        <source>Rank again</source>
        <translation>Ranger på nytt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="62" />
        <source>Mark all seen</source>
        <translation>Merk alle som sett</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="101" />
        <source>For you</source>
        <translation>For deg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="103" />
        <source>Add a company first on the Companies page.</source>
        <translation>Legg først til et foretak på siden Foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="105" />
        <source>For you: {name}</source>
        <translation>For deg: {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="169" />
        <source>{count} matching notices, {new} new since the last sync.</source>
        <translation>{count} kunngjøringer passer, {new} nye siden forrige synkronisering.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="181" />
        <source>{count} new matching notices for {name}</source>
        <translation>{count} nye kunngjøringer som passer for {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="185" />
        <source>Tender Helper</source>
        <translation>Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="221" />
        <source>Dismissed; it stays away after the next sync.</source>
        <translation>Avvist; den kommer ikke tilbake ved neste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="165" />
        <source>No notices match this profile yet.</source>
        <translation>Ingen kunngjøringer passer til denne profilen ennå.</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="237" />
        <source>Export hand-off package</source>
        <translation>Eksporter overleveringspakke</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="250" />
        <source>Import hand-off package</source>
        <translation>Importer overleveringspakke</translation>
    </message>
</context>
<context>
    <name>HandoffReport</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="151" />
        <source>Company</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="152" />
        <source>Search profile</source>
        <translation>Søkeprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="153" />
        <source>Sessions</source>
        <translation>Rådgivningsmøter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="154" />
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="155" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="156" />
        <source>Sustainability statements</source>
        <translation>Bærekraftsrapporter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="157" />
        <source>Notices</source>
        <translation>Kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="158" />
        <source>Bids</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="159" />
        <source>Checklist steps</source>
        <translation>Sjekklistesteg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="177" />
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="178" />
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="179" />
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="180" />
        <source>kept yours</source>
        <translation>din versjon beholdt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="181" />
        <source>replaced by the package's</source>
        <translation>erstattet med pakkens versjon</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="199" />
        <source>History of {title}</source>
        <translation>Historikk for {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="208" />
        <source>Open this version</source>
        <translation>Åpne denne versjonen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="36" />
        <source>See tenders</source>
        <translation>Se konkurranser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="54" />
        <source>Search profile</source>
        <translation>Søkeprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="55" />
        <source>Tenders</source>
        <translation>Konkurranser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="57" />
        <source>Active bids by next deadline</source>
        <translation>Aktive tilbud etter neste frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="59" />
        <source>Documents expired or expiring soon</source>
        <translation>Dokumenter som er utløpt eller snart utløper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="88" />
        <source>Overview — {name}</source>
        <translation>Oversikt — {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="88" />
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="96" />
        <source>Start by adding your company on the Companies page.</source>
        <translation>Begynn med å legge til foretaket ditt på siden Foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="97" />
        <source>Add a company</source>
        <translation>Legg til et foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="106" />
        <source>The search profile is empty. Choose what you sell (CPV codes), where you work and a few keywords, and Tender Helper ranks the tenders for you.</source>
        <translation>Søkeprofilen er tom. Velg hva du selger (CPV-koder), hvor du kan levere og noen søkeord, så rangerer Tender Helper konkurransene for deg.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="110" />
        <source>Fill in the profile</source>
        <translation>Fyll ut profilen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="113" />
        <source>CPV codes: {cpv} · Regions: {regions} · Keywords: {words}</source>
        <translation>CPV-koder: {cpv} · Regioner: {regions} · Søkeord: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="117" />
        <source>Edit the profile</source>
        <translation>Rediger profilen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="123" />
        <source>No tenders saved yet. Update from TED, import notice files, or try the sample data.</source>
        <translation>Ingen konkurranser er lagret ennå. Oppdater fra TED, importer kunngjøringsfiler eller prøv eksempeldataene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="126" />
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="127" />
        <source>{total} notices saved on this computer, {open} still open. Last update from TED: {when}.</source>
        <translation>{total} kunngjøringer er lagret på denne datamaskinen, {open} er fortsatt åpne. Siste oppdatering fra TED: {when}.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="105" />
        <source>Import finished</source>
        <translation>Importen er fullført</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="111" />
        <source>These could not be imported:</source>
        <translation>Disse kunne ikke importeres:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="125" />
        <source>New notices: {new}. Updated: {updated}. Already in the cache: {unchanged}.</source>
        <translation>Nye kunngjøringer: {new}. Oppdatert: {updated}. Allerede lagret: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="129" />
        <source>The import was cancelled. So far: {counts}</source>
        <translation>Importen ble avbrutt. Så langt: {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="132" />
        <source>Could not be imported: {count}.</source>
        <translation>Kunne ikke importeres: {count}.</translation>
    </message>
</context>
<context>
    <name>LotRow</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="54" />
        <source>Fits the company</source>
        <translation>Passer for foretaket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="54" />
        <source>Does not fit the company</source>
        <translation>Passer ikke for foretaket</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="100" />
        <source>Company</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="102" />
        <source>Company:</source>
        <translation>Foretak:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="123" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="124" />
        <source>&amp;About Tender Helper</source>
        <translation>&amp;Om Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="130" />
        <source>Database: {kind}</source>
        <translation>Database: {kind}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="136" />
        <source>The database was updated; a copy of the old one is in {path}.</source>
        <translation>Databasen ble oppdatert; en kopi av den gamle ligger i {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="143" />
        <source>No companies yet</source>
        <translation>Ingen foretak ennå</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="159" />
        <source>Working on {name}.</source>
        <translation>Arbeider med {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="169" />
        <source>Settings saved. Some changes apply after a restart.</source>
        <translation>Innstillingene er lagret. Noen endringer trer i kraft etter omstart.</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="86" />
        <source>New since last sync</source>
        <translation>Ny siden forrige synkronisering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="93" />
        <source>Dismiss</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="96" />
        <source>Don't show similar</source>
        <translation>Ikke vis lignende</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="98" />
        <source>Dismiss, and rank lower the notices of this buyer or main CPV</source>
        <translation>Avvis, og ranger kunngjøringer fra denne oppdragsgiveren eller med samme hoved-CPV-kode lavere</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="100" />
        <source>Open bid</source>
        <translation>Start tilbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="104" />
        <source>Bids come with a later version: there is no Bids page yet.</source>
        <translation>Tilbud kommer i en senere versjon: det finnes ingen tilbudsside ennå.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="119" />
        <source>{buyer} ({country}) · deadline {deadline} · {source_id}</source>
        <translation>{buyer} ({country}) · frist {deadline} · {source_id}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="126" />
        <source>Unstar</source>
        <translation>Fjern stjerne</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="126" />
        <source>Star</source>
        <translation>Stjernemerk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="131" />
        <source>Lots: {fit} of {count} fit</source>
        <translation>Delkontrakter: {fit} av {count} passer</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="19" />
        <source>CPV {code} ({label}) is one of yours</source>
        <translation>CPV {code} ({label}) er en av dine koder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="20" />
        <source>CPV {code} ({label}) is under your {profile_code}</source>
        <translation>CPV {code} ({label}) ligger under din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="21" />
        <source>CPV {code} ({label}) is broader than your {profile_code}</source>
        <translation>CPV {code} ({label}) er bredere enn din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="22" />
        <source>CPV {code} ({label}) is in the same group as your {profile_code}</source>
        <translation>CPV {code} ({label}) er i samme gruppe som din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="23" />
        <source>CPV {code} ({label}) is in the same division as your {profile_code}</source>
        <translation>CPV {code} ({label}) er i samme avdeling som din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="26" />
        <source>CPV {code} ({label}) is outside your codes</source>
        <translation>CPV {code} ({label}) er utenfor kodene dine</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="27" />
        <source>Region {code} {label} is in your area</source>
        <translation>Region {code} {label} er i området ditt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="28" />
        <source>Region {code} {label} includes your {profile_code}</source>
        <translation>Region {code} {label} omfatter din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="29" />
        <source>In {country}, one of your countries</source>
        <translation>I {country}, et av landene dine</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="30" />
        <source>Outside your area ({country})</source>
        <translation>Utenfor området ditt ({country})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="31" />
        <source>Words: {words}</source>
        <translation>Ord: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="32" />
        <source>Words of your CPV labels: {words}</source>
        <translation>Ord fra CPV-betegnelsene dine: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="33" />
        <source>Excluded word: {words}</source>
        <translation>Ekskludert ord: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="34" />
        <source>Estimated {value} fits your range</source>
        <translation>Anslått verdi {value} passer med intervallet ditt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="35" />
        <source>Value {value} is below your smallest {limit}</source>
        <translation>Verdien {value} er under ditt minimum på {limit}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="36" />
        <source>Value {value} is above your largest {limit}</source>
        <translation>Verdien {value} er over ditt maksimum på {limit}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="37" />
        <source>Value {value} is far above your turnover ({turnover})</source>
        <translation>Verdien {value} er langt over omsetningen din ({turnover})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="38" />
        <source>Deadline in {days} days</source>
        <translation>Frist om {days} dager</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="39" />
        <source>Only {days} days left</source>
        <translation>Bare {days} dager igjen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="40" />
        <source>Deadline passed {days} days ago</source>
        <translation>Fristen gikk ut for {days} dager siden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="41" />
        <source>Your profile does not ask for {kind} notices</source>
        <translation>Profilen din omfatter ikke kunngjøringer av typen «{kind}»</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="42" />
        <source>Cancelled by the buyer</source>
        <translation>Avlyst av oppdragsgiver</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="43" />
        <source>Same buyer as a notice you dismissed ({buyer})</source>
        <translation>Samme oppdragsgiver som en kunngjøring du har avvist ({buyer})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="44" />
        <source>Same main CPV as a notice you dismissed ({code})</source>
        <translation>Samme hoved-CPV som en kunngjøring du har avvist ({code})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="45" />
        <source>The notice lists no lots; it is scored as a whole</source>
        <translation>Kunngjøringen har ingen delkontrakter; den vurderes som helhet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="46" />
        <source>Text in {languages} is compared word for word, without stemming</source>
        <translation>Tekst på {languages} sammenlignes ord for ord, uten ordstammeanalyse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="47" />
        <source>The notice has no text to compare words with</source>
        <translation>Kunngjøringen har ingen tekst å sammenligne ord med</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="49" />
        <source>Nothing can be ranked: the search profile is empty. Add CPV codes, keywords, regions or countries on the Search profile page.</source>
        <translation>Ingenting kan rangeres: søkeprofilen er tom. Legg til CPV-koder, søkeord, regioner eller land på siden Søkeprofil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="54" />
        <source>Keyword '{word}' has only common words or symbols, so it cannot find anything</source>
        <translation>Søkeordet «{word}» består bare av vanlige ord eller tegn, så det kan ikke finne noe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="57" />
        <source>No stored notice uses your CPV codes {codes} or codes under them</source>
        <translation>Ingen lagrede kunngjøringer bruker CPV-kodene dine {codes} eller koder under dem</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="58" />
        <source>There are no notices yet: import or sync notices first</source>
        <translation>Det finnes ingen kunngjøringer ennå: importer eller synkroniser kunngjøringer først</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="59" />
        <source>No stored notice shares a CPV code, a keyword or a region with the profile</source>
        <translation>Ingen lagrede kunngjøringer har en CPV-kode, et søkeord eller en region felles med profilen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="64" />
        <source>call for tender</source>
        <translation>konkurranse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="65" />
        <source>prior information</source>
        <translation>veiledende kunngjøring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="66" />
        <source>award</source>
        <translation>tildeling</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="67" />
        <source>change</source>
        <translation>endring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="68" />
        <source>other</source>
        <translation>annet</translation>
    </message>
</context>
<context>
    <name>NoticeDetail</name>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="76" />
        <source>Sample data: a real past notice with its dates moved near today. It is not open for tenders.</source>
        <translation>Eksempeldata: en ekte, tidligere kunngjøring med datoene flyttet nær dagens dato. Den er ikke åpen for tilbud.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="82" />
        <source>This procedure was cancelled by the buyer.</source>
        <translation>Denne konkurransen er avlyst av oppdragsgiveren.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="86" />
        <source>Open on TED</source>
        <translation>Åpne i TED</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="87" />
        <source>Open documents</source>
        <translation>Åpne konkurransegrunnlaget</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="88" />
        <source>Prepare a bid…</source>
        <translation>Forbered tilbud…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="123" />
        <source>Choose a notice.</source>
        <translation>Velg en kunngjøring.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="137" />
        <source>Buyer</source>
        <translation>Oppdragsgiver</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="138" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="139" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="140" />
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="141" />
        <source>Contract</source>
        <translation>Kontraktstype</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="142" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="170" />
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="143" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="171" />
        <source>Place</source>
        <translation>Leveringssted</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="144" />
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="145" />
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="146" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="173" />
        <source>Tender deadline</source>
        <translation>Tilbudsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="147" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="174" />
        <source>Requests to participate by</source>
        <translation>Frist for forespørsel om deltakelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="148" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="172" />
        <source>Estimated value</source>
        <translation>Anslått verdi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="149" />
        <source>Notice</source>
        <translation>Kunngjøring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="154" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="157" />
        <source>Lots ({count})</source>
        <translation>Delkontrakter ({count})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="162" />
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="168" />
        <source>Lot {id}</source>
        <translation>Delkontrakt {id}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="212" />
        <source>Deadline of lot {lot} moved from {old} to {new}.</source>
        <translation>Fristen for delkontrakt {lot} ble flyttet fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="213" />
        <source>Deadline moved from {old} to {new}.</source>
        <translation>Fristen ble flyttet fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="215" />
        <source>Lot {lot} was added.</source>
        <translation>Delkontrakt {lot} ble lagt til.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="217" />
        <source>Lot {lot} was removed.</source>
        <translation>Delkontrakt {lot} ble fjernet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="220" />
        <source>Estimated value changed from {old} to {new}.</source>
        <translation>Anslått verdi ble endret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="222" />
        <source>The title was changed.</source>
        <translation>Tittelen ble endret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="225" />
        <source>CPV codes changed from {old} to {new}.</source>
        <translation>CPV-kodene ble endret fra {old} til {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="227" />
        <source>The buyer cancelled the procedure.</source>
        <translation>Oppdragsgiveren avlyste konkurransen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="229" />
        <source>The buyer published a correction.</source>
        <translation>Oppdragsgiveren publiserte en rettelse.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="230" />
        <source>The notice was changed.</source>
        <translation>Kunngjøringen ble endret.</translation>
    </message>
</context>
<context>
    <name>NoticeFilters</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="85" />
        <source>Search titles, descriptions and buyers…</source>
        <translation>Søk i titler, beskrivelser og oppdragsgivere…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="87" />
        <source>All countries</source>
        <translation>Alle land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="91" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="96" />
        <source>CPV, e.g. 9091</source>
        <translation>CPV, f.eks. 9091</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="97" />
        <source>Type the start of a CPV code, or several separated by commas</source>
        <translation>Skriv begynnelsen av en CPV-kode, eller flere atskilt med komma</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="98" />
        <source>CPV tree…</source>
        <translation>CPV-tre…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="99" />
        <source>Still open</source>
        <translation>Fortsatt åpne</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="100" />
        <source>Clear filters</source>
        <translation>Nullstill filtre</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="41" />
        <source>Calls for tender</source>
        <translation>Kunngjøringer av konkurranse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="42" />
        <source>Prior information notices</source>
        <translation>Veiledende kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="43" />
        <source>Market consultations</source>
        <translation>Markedsdialoger</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="44" />
        <source>Award notices (market intelligence)</source>
        <translation>Kunngjøringer av konkurranseresultat (markedsinnsikt)</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="40" />
        <source>Call for tender</source>
        <translation>Konkurranse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="41" />
        <source>Prior information</source>
        <translation>Veiledende kunngjøring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="42" />
        <source>Award</source>
        <translation>Tildeling</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="43" />
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="44" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="58" />
        <source>closed</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="61" />
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="63" />
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="64" />
        <source>in {days} days</source>
        <translation>om {days} dager</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="71" />
        <source>Sample data</source>
        <translation>Eksempeldata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="73" />
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="76" />
        <source>Deadline moved</source>
        <translation>Fristen er flyttet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="78" />
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="268" />
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="317" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="318" />
        <source>Buyer</source>
        <translation>Oppdragsgiver</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="319" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="320" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="321" />
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="322" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="323" />
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="324" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="64" />
        <source>Update tenders</source>
        <translation>Oppdater konkurranser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="65" />
        <source>Import notices…</source>
        <translation>Importer kunngjøringer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="119" />
        <source>Files or TED packages…</source>
        <translation>Filer eller TED-pakker…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="120" />
        <source>A folder…</source>
        <translation>En mappe…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="124" />
        <source>Notices</source>
        <translation>Kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="177" />
        <source>&amp;Update tenders</source>
        <translation>&amp;Oppdater konkurranser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="178" />
        <source>&amp;Import notices…</source>
        <translation>&amp;Importer kunngjøringer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="179" />
        <source>Import a &amp;folder of notices…</source>
        <translation>Importer en &amp;mappe med kunngjøringer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="215" />
        <source>{count} notices in the cache</source>
        <translation>{count} kunngjøringer lagret lokalt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="217" />
        <source>Showing {shown} of {total} notices</source>
        <translation>Viser {shown} av {total} kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="282" />
        <source>Updating tenders from TED…</source>
        <translation>Oppdaterer konkurranser fra TED…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="285" />
        <source>New notices: {new}. Changed: {changed}.</source>
        <translation>Nye kunngjøringer: {new}. Endret: {changed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="287" />
        <source>Update cancelled. {counts}</source>
        <translation>Oppdateringen ble avbrutt. {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="289" />
        <source>The update stopped early: {reason} {counts}</source>
        <translation>Oppdateringen stoppet før den var ferdig: {reason} {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="293" />
        <source>Tenders updated. {counts}</source>
        <translation>Konkurransene er oppdatert. {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="295" />
        <source>Not downloaded, tried again next time: {count}.</source>
        <translation>Ikke lastet ned, prøves igjen neste gang: {count}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="306" />
        <source>Import notices</source>
        <translation>Importer kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="308" />
        <source>Notices and TED packages (*.xml *.tar.gz *.tgz *.tar);;All files (*)</source>
        <translation>Kunngjøringer og TED-pakker (*.xml *.tar.gz *.tgz *.tar);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="314" />
        <source>Import a folder of notices</source>
        <translation>Importer en mappe med kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="328" />
        <source>Importing notices…</source>
        <translation>Importerer kunngjøringer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="354" />
        <source>Loading sample data…</source>
        <translation>Laster inn eksempeldata…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="358" />
        <source>Removing sample data…</source>
        <translation>Fjerner eksempeldata…</translation>
    </message>
</context>
<context>
    <name>NutsPicker</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/nuts_picker.py" line="33" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/nuts_picker.py" line="38" />
        <source>Find a region, e.g. Uusimaa, Skåne, Vestland</source>
        <translation>Finn en region, f.eks. Vestland, Skåne, Uusimaa</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="41" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="42" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="75" />
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="83" />
        <source>Stopping after the current step…</source>
        <translation>Stopper etter gjeldende steg…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="398" />
        <source>Bids</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="163" />
        <source>Companies</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="384" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="248" />
        <source>For you</source>
        <translation>For deg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="134" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="387" />
        <source>Notices</source>
        <translation>Kunngjøringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="216" />
        <source>Search profile</source>
        <translation>Søkeprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="353" />
        <source>Advice sessions</source>
        <translation>Rådgivningsmøter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="344" />
        <source>Sustainability</source>
        <translation>Bærekraft</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="44" />
        <source>Hand-off package passphrase</source>
        <translation>Passordfrase for overleveringspakken</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="52" />
        <source>Passphrase:</source>
        <translation>Passordfrase:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="54" />
        <source>Repeat:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="55" />
        <source>Give the passphrase to the entrepreneur by another way than the file (phone, in person).</source>
        <translation>Gi passordfrasen til foretaket på en annen måte enn sammen med filen (telefon, personlig).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="57" />
        <source>The passphrase the adviser gave you with the package.</source>
        <translation>Passordfrasen rådgiveren ga deg sammen med pakken.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="72" />
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Passordfrasen må ha minst {count} tegn.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="75" />
        <source>The two passphrases differ.</source>
        <translation>De to passordfrasene er ulike.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="77" />
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="56" />
        <source>Reading the CPV list…</source>
        <translation>Leser CPV-listen…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="62" />
        <source>e.g. siivous, städning, cleaning</source>
        <translation>f.eks. renhold, siivous, städning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="64" />
        <source>e.g. asbesti, asbest</source>
        <translation>f.eks. asbest, asbesti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="69" />
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="74" />
        <source>Save profile</source>
        <translation>Lagre profil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="86" />
        <source>Products and services (CPV)</source>
        <translation>Varer og tjenester (CPV)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="87" />
        <source>Regions and countries</source>
        <translation>Regioner og land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="88" />
        <source>Words, size and timing</source>
        <translation>Ord, størrelse og frister</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="100" />
        <source>Choose the CPV codes of what you sell. Buyers classify every notice with them.</source>
        <translation>Velg CPV-kodene for det du selger. Oppdragsgiverne klassifiserer hver kunngjøring med dem.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="119" />
        <source>Where you can deliver (place of performance)</source>
        <translation>Hvor du kan levere (leveringssted)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="121" />
        <source>Buyer countries to watch</source>
        <translation>Følg oppdragsgivere i disse landene</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="133" />
        <source>Keywords (any language, comma-separated)</source>
        <translation>Søkeord (alle språk, kommaseparert)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="134" />
        <source>Excluded words</source>
        <translation>Ekskluderte ord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="135" />
        <source>Smallest contract value (EUR)</source>
        <translation>Laveste kontraktsverdi (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="136" />
        <source>Largest contract value (EUR)</source>
        <translation>Høyeste kontraktsverdi (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="137" />
        <source>Fewest days left to the deadline</source>
        <translation>Minste antall dager igjen til fristen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="143" />
        <source>Notice kinds</source>
        <translation>Kunngjøringstyper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="152" />
        <source>Search profile</source>
        <translation>Søkeprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="153" />
        <source>Add a company first on the Companies page.</source>
        <translation>Legg først til et foretak på siden Foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="155" />
        <source>Search profile of {name}</source>
        <translation>Søkeprofil for {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="210" />
        <source>Search profile saved.</source>
        <translation>Søkeprofilen er lagret.</translation>
    </message>
</context>
<context>
    <name>RunningTimerDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="192" />
        <source>A session timer is still running</source>
        <translation>Tidtakingen for et rådgivningsmøte går fortsatt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="195" />
        <source>The timer of the session with {name} has been running since {since}. Was the app closed during the session?</source>
        <translation>Tidtakingen for rådgivningsmøtet med {name} har gått siden {since}. Ble appen lukket under møtet?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="202" />
        <source>Keep running</source>
        <translation>La den gå</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="203" />
        <source>Stop and count the time</source>
        <translation>Stopp og registrer tiden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="204" />
        <source>Stop without counting</source>
        <translation>Stopp uten å registrere</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="70" />
        <source>You are looking at sample data. Sample notices are marked and can be removed at any time.</source>
        <translation>Du ser på eksempeldata. Eksempelkunngjøringer er merket og kan fjernes når som helst.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="73" />
        <source>Remove sample data</source>
        <translation>Fjern eksempeldata</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="100" />
        <source>Sample data loaded: {count} notices and the sample company {name}.</source>
        <translation>Eksempeldata lastet inn: {count} kunngjøringer og eksempelforetaket {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="112" />
        <source>Remove sample data</source>
        <translation>Fjern eksempeldata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="113" />
        <source>Remove the sample notices and the sample company? Your own notices and companies stay.</source>
        <translation>Vil du fjerne eksempelkunngjøringene og eksempelforetaket? Dine egne kunngjøringer og foretak blir værende.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="134" />
        <source>Sample data removed (notices: {notices}, companies: {companies}).</source>
        <translation>Eksempeldata fjernet (kunngjøringer: {notices}, foretak: {companies}).</translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="32" />
        <source>No notices yet</source>
        <translation>Ingen kunngjøringer ennå</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="35" />
        <source>Tender Helper keeps the notices it finds on this computer, so you can search them even offline. Download the current calls for tender from TED, import notice files you already have, or first look around with sample notices and a sample cleaning company.</source>
        <translation>Tender Helper lagrer kunngjøringene den finner på denne datamaskinen, slik at du kan søke i dem også uten nett. Last ned aktuelle konkurranser fra TED, importer kunngjøringsfiler du allerede har, eller se deg først rundt med eksempelkunngjøringer og et eksempelforetak innen renhold.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="43" />
        <source>Try with sample data</source>
        <translation>Prøv med eksempeldata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="44" />
        <source>Update tenders</source>
        <translation>Oppdater konkurranser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="45" />
        <source>Import notices…</source>
        <translation>Importer kunngjøringer…</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="66" />
        <source>New session</source>
        <translation>Nytt rådgivningsmøte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="67" />
        <source>Save session</source>
        <translation>Lagre rådgivningsmøte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="68" />
        <source>Summary PDF…</source>
        <translation>Oppsummering som PDF…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="69" />
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="71" />
        <source>Export hand-off…</source>
        <translation>Eksporter overleveringspakke…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="72" />
        <source>Import hand-off…</source>
        <translation>Importer overleveringspakke…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="75" />
        <location filename="../../tender_helper/ui/session_editor.py" line="177" />
        <source>Start timer</source>
        <translation>Start tidtaker</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="103" />
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="120" />
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oppfølgingspunkter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="142" />
        <source>Timer:</source>
        <translation>Tidtaker:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="143" />
        <source>Started:</source>
        <translation>Startet:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="144" />
        <source>Duration:</source>
        <translation>Varighet:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="148" />
        <source>Topics:</source>
        <translation>Temaer:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="149" />
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="177" />
        <source>Stop timer</source>
        <translation>Stopp tidtaker</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="182" />
        <source>Running {clock} (+{minutes} min counted)</source>
        <translation>Går: {clock} (+{minutes} min allerede registrert)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="194" />
        <source>Write the start as YYYY-MM-DD HH:MM.</source>
        <translation>Skriv starttidspunktet som ÅÅÅÅ-MM-DD TT:MM.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="206" />
        <source>Write the due date as YYYY-MM-DD.</source>
        <translation>Skriv fristen som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="35" />
        <source>Finding tenders</source>
        <translation>Finne konkurranser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="36" />
        <source>Reading a tender</source>
        <translation>Lese et konkurransegrunnlag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="37" />
        <source>ESPD</source>
        <translation>ESPD-skjemaet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="38" />
        <source>Pricing</source>
        <translation>Prising</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="39" />
        <source>Sustainability statement</source>
        <translation>Bærekraftsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="40" />
        <source>E-tendering systems</source>
        <translation>Elektroniske konkurransegjennomføringsverktøy</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="41" />
        <source>Documents</source>
        <translation>Dokumenter og attester</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="84" />
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="86" />
        <source>Save allowance</source>
        <translation>Lagre avtalt rådgivningstid</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="105" />
        <source>Advice allowance:</source>
        <translation>Avtalt rådgivningstid:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="106" />
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="144" />
        <source>Company</source>
        <translation>Foretak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="145" />
        <source>Hours used / allowed</source>
        <translation>Timer brukt / avtalt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="146" />
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="147" />
        <source>Next due</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="148" />
        <source>Active bids</source>
        <translation>Aktive tilbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="149" />
        <source>Expiring documents</source>
        <translation>Dokumenter som utløper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="162" />
        <source>Add a client company on the Companies page first.</source>
        <translation>Legg først til et kundeforetak på siden Foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="175" />
        <source>Used {used} of {allowed}; {left} left.</source>
        <translation>Brukt {used} av {allowed}; {left} igjen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="175" />
        <source>Used {used}.</source>
        <translation>Brukt {used}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="265" />
        <source>Session saved.</source>
        <translation>Rådgivningsmøtet er lagret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="322" />
        <source>Save session summary</source>
        <translation>Lagre oppsummering av rådgivningen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="331" />
        <location filename="../../tender_helper/ui/sessions_page.py" line="339" />
        <source>Wrote {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="344" />
        <source>Nothing had changed.</source>
        <translation>Ingenting var endret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="346" />
        <source>Hand-off imported</source>
        <translation>Overleveringspakken er importert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="35" />
        <source>Same as the computer</source>
        <translation>Samme som datamaskinen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="41" />
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="44" />
        <source>Empty: the database file in the data folder</source>
        <translation>Tom: databasefilen i datamappen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="51" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="55" />
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="56" />
        <source>Database address</source>
        <translation>Databaseadresse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="58" />
        <source>An advisers' office can share one PostgreSQL database, e.g. postgresql+psycopg://adviser@server/tenderhelper. Language and database changes apply when Tender Helper starts next time.</source>
        <translation>Et rådgiverkontor kan dele én PostgreSQL-database, f.eks. postgresql+psycopg://adviser@server/tenderhelper. Endringer av språk og database trer i kraft neste gang Tender Helper starter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="63" />
        <source>The environment variable {name} overrides this setting now.</source>
        <translation>Miljøvariabelen {name} overstyrer nå denne innstillingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="85" />
        <source>This database address cannot be used: {reason}</source>
        <translation>Denne databaseadressen kan ikke brukes: {reason}</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="64" />
        <source>Micro (under 10 staff)</source>
        <translation>Mikro (under 10 ansatte)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="65" />
        <source>Small (under 50 staff)</source>
        <translation>Liten (under 50 ansatte)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="66" />
        <source>Medium (under 250 staff)</source>
        <translation>Mellomstor (under 250 ansatte)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="67" />
        <source>Large</source>
        <translation>Stor</translation>
    </message>
</context>
<context>
    <name>Sustainability</name>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="31" />
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="32" />
        <source>Petrol</source>
        <translation>Bensin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="33" />
        <source>Light heating oil</source>
        <translation>Lett fyringsolje</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="34" />
        <source>Natural gas</source>
        <translation>Naturgass</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="35" />
        <source>LPG (liquefied petroleum gas)</source>
        <translation>LPG (flytende petroleumsgass)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="36" />
        <source>HVO renewable diesel</source>
        <translation>HVO (fornybar diesel)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="25" />
        <source>B1 Basis for preparation</source>
        <translation>B1 Grunnlag for utarbeidelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="26" />
        <source>B2 Practices, policies and future initiatives</source>
        <translation>B2 Praksis, retningslinjer og fremtidige initiativer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="27" />
        <source>B3 Energy and greenhouse gas emissions</source>
        <translation>B3 Energi og klimagassutslipp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="28" />
        <source>B4 Pollution of air, water and soil</source>
        <translation>B4 Forurensning av luft, vann og jord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="29" />
        <source>B5 Biodiversity</source>
        <translation>B5 Naturmangfold</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="30" />
        <source>B6 Water</source>
        <translation>B6 Vann</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="31" />
        <source>B7 Resource use, circular economy and waste management</source>
        <translation>B7 Ressursbruk, sirkulærøkonomi og avfallshåndtering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="32" />
        <source>B8 Workforce: general characteristics</source>
        <translation>B8 Arbeidsstyrke: generelle opplysninger</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="33" />
        <source>B9 Workforce: health and safety</source>
        <translation>B9 Arbeidsstyrke: helse og sikkerhet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="34" />
        <source>B10 Workforce: remuneration, collective bargaining and training</source>
        <translation>B10 Arbeidsstyrke: lønn, tariffavtaler og opplæring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="35" />
        <source>B11 Convictions and fines for corruption and bribery</source>
        <translation>B11 Dommer og bøter for korrupsjon og bestikkelser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="39" />
        <source>Climate change</source>
        <translation>Klimaendringer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="40" />
        <source>Pollution</source>
        <translation>Forurensning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="41" />
        <source>Water and marine resources</source>
        <translation>Vann og marine ressurser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="42" />
        <source>Biodiversity and ecosystems</source>
        <translation>Naturmangfold og økosystemer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="43" />
        <source>Resource use and circular economy</source>
        <translation>Ressursbruk og sirkulærøkonomi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="44" />
        <source>Own workforce</source>
        <translation>Egne ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="45" />
        <source>Workers in the value chain</source>
        <translation>Arbeidere i verdikjeden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="46" />
        <source>Affected communities</source>
        <translation>Berørte lokalsamfunn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="47" />
        <source>Consumers and end-users</source>
        <translation>Forbrukere og sluttbrukere</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="48" />
        <source>Business conduct</source>
        <translation>Forretningsetikk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="53" />
        <source>Reporting year</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="55" />
        <source>The financial year the statement covers, e.g. 2024.</source>
        <translation>Regnskapsåret rapporten gjelder, f.eks. 2024.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="58" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="60" />
        <source>Basic Module only, or Basic and Comprehensive Module.</source>
        <translation>Bare grunnmodulen, eller grunnmodulen og den utvidede modulen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="63" />
        <source>Basis</source>
        <translation>Rapporteringsgrunnlag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="65" />
        <source>Individual: this company only. Consolidated: the company and its subsidiaries.</source>
        <translation>Selskapsnivå: bare dette foretaket. Konsolidert: foretaket og datterselskapene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="70" />
        <source>Subsidiaries included</source>
        <translation>Inkluderte datterselskaper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="72" />
        <source>Names of subsidiaries in a consolidated statement.</source>
        <translation>Navn på datterselskaper i en konsolidert rapport.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="75" />
        <source>Information omitted</source>
        <translation>Utelatt informasjon</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="77" />
        <source>Say which classified or sensitive information is left out, if any.</source>
        <translation>Oppgi hvilken gradert eller sensitiv informasjon som eventuelt er utelatt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="80" />
        <source>Legal form</source>
        <translation>Organisasjonsform</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="82" />
        <source>E.g. limited company (Oy, AB, AS) or partnership.</source>
        <translation>F.eks. aksjeselskap (Oy, AB, AS) eller ansvarlig selskap.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="85" />
        <source>NACE sector codes</source>
        <translation>Næringskoder (NACE)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="87" />
        <source>The NACE codes of your main activities, e.g. 43.21.</source>
        <translation>NACE-kodene for hovedaktivitetene dine, f.eks. 43.21.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="90" />
        <source>Balance sheet total</source>
        <translation>Balansesum</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="92" />
        <source>From the latest financial statements.</source>
        <translation>Fra siste årsregnskap.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="95" />
        <source>Turnover</source>
        <translation>Omsetning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="97" />
        <source>Net turnover of the reporting year.</source>
        <translation>Netto omsetning i rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="100" />
        <source>Number of employees</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="102" />
        <source>At year end, as headcount or full-time equivalents.</source>
        <translation>Ved årsslutt, som antall personer eller årsverk.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="105" />
        <source>Employees counted as</source>
        <translation>Ansatte regnet som</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="107" />
        <source>Headcount or full-time equivalents (FTE).</source>
        <translation>Antall personer eller årsverk.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="110" />
        <source>Country of primary operations</source>
        <translation>Hovedsakelig driftsland</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="112" />
        <source>Two-letter code, e.g. FI, SE or NO.</source>
        <translation>Kode på to bokstaver, f.eks. FI, SE eller NO.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="115" />
        <source>Sites</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="117" />
        <source>Offices, depots and workshops, with address and, if known, coordinates.</source>
        <translation>Kontorer, lagre og verksteder, med adresse og eventuelt koordinater.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="120" />
        <source>Sustainability certifications and labels</source>
        <translation>Bærekraftssertifiseringer og merker</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="122" />
        <source>E.g. ISO 14001, EMAS, Nordic Swan Ecolabel.</source>
        <translation>F.eks. ISO 14001, EMAS, Svanemerket.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="125" />
        <source>Practices</source>
        <translation>Praksis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="127" />
        <source>What you actually do on this topic. 'None in place' is an acceptable answer.</source>
        <translation>Hva du faktisk gjør på dette området. «Ingenting på plass» er et godtatt svar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="132" />
        <source>Written policy</source>
        <translation>Skriftlige retningslinjer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="134" />
        <source>Is there a written policy on this topic?</source>
        <translation>Finnes det skriftlige retningslinjer for dette temaet?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="137" />
        <source>Policy publicly available</source>
        <translation>Retningslinjene er offentlig tilgjengelige</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="139" />
        <source>Can anyone read the policy, e.g. on your website?</source>
        <translation>Kan hvem som helst lese retningslinjene, f.eks. på nettstedet ditt?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="142" />
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="144" />
        <source>Have you set targets or planned future initiatives?</source>
        <translation>Har du satt mål eller planlagt fremtidige initiativer?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="147" />
        <source>Targets and future initiatives</source>
        <translation>Mål og fremtidige initiativer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="149" />
        <source>Describe the targets and when you aim to meet them.</source>
        <translation>Beskriv målene og når du tar sikte på å nå dem.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="152" />
        <source>Electricity consumption</source>
        <translation>Strømforbruk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="154" />
        <source>Total purchased electricity of the year; see your invoices.</source>
        <translation>All kjøpt strøm i løpet av året; se fakturaene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="157" />
        <source>of which renewable</source>
        <translation>herav fornybar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="159" />
        <source>Electricity bought with guarantees of origin or produced on site.</source>
        <translation>Strøm kjøpt med opprinnelsesgarantier eller produsert på stedet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="162" />
        <source>District heat</source>
        <translation>Fjernvarme</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="164" />
        <source>Purchased district heating; see your invoices.</source>
        <translation>Kjøpt fjernvarme; se fakturaene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="167" />
        <source>Fuels</source>
        <translation>Drivstoff og brensel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="169" />
        <source>Fuels burnt in your own vehicles, machines and boilers. Add none if none.</source>
        <translation>Drivstoff og brensel brent i egne kjøretøy, maskiner og kjeler. Legg ikke til rader hvis du ikke har noe.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="174" />
        <source>Fuel</source>
        <translation>Drivstoff</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="174" />
        <source>Choose the fuel.</source>
        <translation>Velg drivstoff eller brensel.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="177" />
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="35" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="179" />
        <source>The unit on the invoice or fuel card report.</source>
        <translation>Enheten på fakturaen eller drivstoffkortrapporten.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="182" />
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="33" />
        <source>Quantity</source>
        <translation>Mengde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="184" />
        <source>Amount used in the reporting year.</source>
        <translation>Mengde brukt i rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="187" />
        <source>Other direct emissions</source>
        <translation>Andre direkte utslipp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="189" />
        <source>E.g. refrigerant leaks; leave empty if you have none.</source>
        <translation>F.eks. lekkasje av kjølemedier; la feltet stå tomt hvis du ikke har noen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="192" />
        <source>Electricity grid country</source>
        <translation>Strømnettets land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="194" />
        <source>Country whose grid average is used; by default your B1 country.</source>
        <translation>Landet der gjennomsnittet for strømnettet brukes; som standard landet fra B1.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="197" />
        <source>Pollutant reporting applies</source>
        <translation>Rapporteringsplikt for forurensende utslipp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="199" />
        <source>Yes if law or your environmental management system already requires you to report pollutants.</source>
        <translation>Ja hvis lov eller miljøstyringssystemet ditt allerede krever at du rapporterer forurensende utslipp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="205" />
        <source>Pollutant emissions</source>
        <translation>Utslipp av forurensende stoffer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="207" />
        <source>Each pollutant and the medium it is released to.</source>
        <translation>Hvert forurensende stoff og hvor det slippes ut.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="210" />
        <source>Pollutant</source>
        <translation>Forurensende stoff</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="212" />
        <source>E.g. NOx, particulate matter, VOC.</source>
        <translation>F.eks. NOx, svevestøv, VOC.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="215" />
        <source>Released to</source>
        <translation>Sluppet ut til</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="217" />
        <source>Air, water or soil.</source>
        <translation>Luft, vann eller jord.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="220" />
        <location filename="../../tender_helper/sustainability/fields.py" line="295" />
        <source>Amount</source>
        <translation>Mengde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="222" />
        <source>Amount released in the reporting year.</source>
        <translation>Mengde sluppet ut i rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="225" />
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="227" />
        <source>Anything a reader needs to understand the figures.</source>
        <translation>Det en leser trenger for å forstå tallene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="230" />
        <source>Sites in or near biodiversity-sensitive areas</source>
        <translation>Lokasjoner i eller nær sårbare naturområder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="232" />
        <source>E.g. Natura 2000 areas next to a site.</source>
        <translation>F.eks. verneområder eller Natura 2000-områder ved en lokasjon.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="235" />
        <source>Area of those sites</source>
        <translation>Arealet av disse lokasjonene</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="237" />
        <source>Total area of the sites counted above.</source>
        <translation>Samlet areal for lokasjonene ovenfor.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="240" />
        <source>Total use of land</source>
        <translation>Samlet arealbruk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="242" />
        <source>Land area you own or lease.</source>
        <translation>Arealet du eier eller leier.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="245" />
        <source>Total sealed area</source>
        <translation>Tette flater</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="247" />
        <source>Buildings, asphalt and other sealed surfaces.</source>
        <translation>Bygninger, asfalt og andre tette flater.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="250" />
        <source>Nature-oriented area on site</source>
        <translation>Naturområde på lokasjonen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="252" />
        <source>Areas kept or restored mainly for nature, on your sites.</source>
        <translation>Arealer på lokasjonene som først og fremst bevares eller restaureres for naturens skyld.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="255" />
        <source>Nature-oriented area off site</source>
        <translation>Naturområde andre steder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="257" />
        <source>Nature areas you own or manage elsewhere.</source>
        <translation>Naturområder du eier eller forvalter andre steder.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="260" />
        <source>Total water withdrawal</source>
        <translation>Samlet vannuttak</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="262" />
        <source>Water taken in; see the water bills.</source>
        <translation>Vann tatt inn; se vannfakturaene.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="265" />
        <source>Withdrawal in areas of high water stress</source>
        <translation>Vannuttak i områder med høyt vannstress</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="267" />
        <source>Rare in the Nordic countries; 0 if none.</source>
        <translation>Sjeldent i Norden; 0 hvis ingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="270" />
        <source>Water consumption</source>
        <translation>Vannforbruk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="272" />
        <source>Withdrawal minus discharge, if your processes use significant water.</source>
        <translation>Uttak minus utslipp av vann, hvis prosessene dine bruker mye vann.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="275" />
        <source>Circular economy principles</source>
        <translation>Prinsipper for sirkulærøkonomi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="277" />
        <source>E.g. repair, reuse, recycled materials, product durability.</source>
        <translation>F.eks. reparasjon, ombruk, resirkulerte materialer, holdbare produkter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="280" />
        <source>Waste</source>
        <translation>Avfall</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="282" />
        <source>Waste by type. Add none if the year produced no waste worth reporting.</source>
        <translation>Avfall etter type. Legg ikke til rader hvis året ikke ga avfall som er verdt å rapportere.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="285" />
        <source>Waste type</source>
        <translation>Avfallstype</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="287" />
        <source>E.g. mixed construction waste, metal, cardboard.</source>
        <translation>F.eks. blandet byggavfall, metall, papp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="290" />
        <source>Hazardous</source>
        <translation>Farlig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="292" />
        <source>Hazardous or radioactive waste.</source>
        <translation>Farlig eller radioaktivt avfall.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="297" />
        <source>Tonnes generated; see the waste company's reports.</source>
        <translation>Tonn generert; se rapportene fra avfallsselskapet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="300" />
        <source>Diverted to recycling or reuse</source>
        <translation>Til gjenvinning eller ombruk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="302" />
        <source>Part of the amount not disposed of.</source>
        <translation>Den delen av mengden som ikke gikk til sluttbehandling.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="305" />
        <source>Key material flows</source>
        <translation>Viktige materialstrømmer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="307" />
        <source>Main materials you use and their annual mass, if relevant.</source>
        <translation>De viktigste materialene du bruker, og årlig mengde, hvis relevant.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="310" />
        <source>Permanent employees</source>
        <translation>Fast ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="312" />
        <location filename="../../tender_helper/sustainability/fields.py" line="317" />
        <location filename="../../tender_helper/sustainability/fields.py" line="320" />
        <location filename="../../tender_helper/sustainability/fields.py" line="323" />
        <location filename="../../tender_helper/sustainability/fields.py" line="328" />
        <source>Headcount at year end.</source>
        <translation>Antall personer ved årsslutt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="315" />
        <source>Temporary employees</source>
        <translation>Midlertidig ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="320" />
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="323" />
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="326" />
        <source>Other or not reported</source>
        <translation>Annet eller ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="331" />
        <source>Employees by country</source>
        <translation>Ansatte per land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="333" />
        <source>Only if you employ people in more than one country.</source>
        <translation>Bare hvis du har ansatte i mer enn ett land.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="336" />
        <source>Employee turnover rate</source>
        <translation>Turnover blant ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="338" />
        <source>Leavers divided by average headcount; from 50 employees up.</source>
        <translation>Antall som har sluttet, delt på gjennomsnittlig antall ansatte; fra 50 ansatte.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="341" />
        <source>Recordable work accidents</source>
        <translation>Registrerte arbeidsulykker</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="343" />
        <source>Accidents at work recorded in the year.</source>
        <translation>Arbeidsulykker registrert i løpet av året.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="346" />
        <source>Hours worked</source>
        <translation>Arbeidede timer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="348" />
        <source>Total hours worked by employees; used for the accident rate.</source>
        <translation>Totalt antall arbeidstimer for de ansatte; brukes til å beregne skadefrekvensen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="351" />
        <source>Fatalities</source>
        <translation>Dødsfall</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="353" />
        <source>Deaths from work-related injuries and ill health.</source>
        <translation>Dødsfall som følge av arbeidsrelaterte skader og sykdom.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="356" />
        <source>All employees paid an adequate wage</source>
        <translation>Alle ansatte får forsvarlig lønn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="358" />
        <source>At least the collective agreement or minimum wage.</source>
        <translation>Minst tariff- eller minstelønn.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="361" />
        <source>Unadjusted gender pay gap</source>
        <translation>Ujustert lønnsforskjell mellom kjønnene</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="363" />
        <source>(Men's - women's average pay) / men's average pay; from 150 up.</source>
        <translation>(Menns − kvinners gjennomsnittslønn) / menns gjennomsnittslønn; fra 150 ansatte.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="366" />
        <source>Employees covered by collective agreements</source>
        <translation>Ansatte omfattet av tariffavtale</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="368" />
        <source>Share of employees, 0-100.</source>
        <translation>Andel ansatte, 0–100.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="371" />
        <source>Training per employee</source>
        <translation>Opplæring per ansatt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="373" />
        <source>Average annual training hours per employee.</source>
        <translation>Gjennomsnittlig antall opplæringstimer per ansatt per år.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="376" />
        <source>Convictions for corruption or bribery</source>
        <translation>Dommer for korrupsjon eller bestikkelser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="378" />
        <source>Number in the reporting year.</source>
        <translation>Antall i rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="381" />
        <source>Fines for corruption or bribery</source>
        <translation>Bøter for korrupsjon eller bestikkelser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="383" />
        <source>Total amount in the reporting year.</source>
        <translation>Samlet beløp i rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="32" />
        <source>Source</source>
        <translation>Utslippskilde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="34" />
        <source>Emission factor</source>
        <translation>Utslippsfaktor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="36" />
        <source>Factor source</source>
        <translation>Kilde for faktor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="37" />
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="58" />
        <source>Use the default factors</source>
        <translation>Bruk standardfaktorene</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="63" />
        <source>Double-click a factor or its source to enter your supplier's figure.</source>
        <translation>Dobbeltklikk på en faktor eller kilden for å legge inn tallet fra leverandøren din.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="95" />
        <source>Scope 1: {s1} t CO2e · Scope 2 (location-based): {s2} t CO2e · Energy: {mwh} MWh</source>
        <translation>Scope 1: {s1} t CO2e · Scope 2 (lokasjonsbasert): {s2} t CO2e · Energi: {mwh} MWh</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="113" />
        <source>An emission factor must be a number of zero or more.</source>
        <translation>En utslippsfaktor må være et tall som er null eller større.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="41" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="42" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="43" />
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="46" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="44" />
        <source>Latitude</source>
        <translation>Breddegrad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="45" />
        <source>Longitude</source>
        <translation>Lengdegrad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="47" />
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="48" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="49" />
        <source>Per topic</source>
        <translation>Per tema</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="52" />
        <source>Basic Module</source>
        <translation>Grunnmodul</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="53" />
        <source>Basic and Comprehensive Module</source>
        <translation>Grunnmodul og utvidet modul</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="54" />
        <source>Individual (this company)</source>
        <translation>Selskapsnivå (bare dette foretaket)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="55" />
        <source>Consolidated (with subsidiaries)</source>
        <translation>Konsolidert (med datterselskaper)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="56" />
        <source>Headcount</source>
        <translation>Antall personer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="57" />
        <source>Full-time equivalents (FTE)</source>
        <translation>Årsverk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="58" />
        <source>Air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="59" />
        <source>Water</source>
        <translation>Vann</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="60" />
        <source>Soil</source>
        <translation>Jord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="117" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="117" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="189" />
        <source>None this year</source>
        <translation>Ingen i år</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="191" />
        <source>Add a row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="236" />
        <source>Remove this row</source>
        <translation>Fjern denne raden</translation>
    </message>
</context>
<context>
    <name>SustainabilityPage</name>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="92" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="93" />
        <source>Import JSON…</source>
        <translation>Importer JSON…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="94" />
        <source>Export JSON…</source>
        <translation>Eksporter JSON…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="95" />
        <source>Export PDF…</source>
        <translation>Eksporter PDF…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="96" />
        <source>Attach PDF to documents</source>
        <translation>Legg ved PDF i dokumentene</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="112" />
        <source>Reporting year</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="116" />
        <source>Completeness</source>
        <translation>Fullstendighet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="126" />
        <source>PDF language</source>
        <translation>PDF-språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="153" />
        <source>Emissions</source>
        <translation>Utslipp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="171" />
        <source>Sustainability statement</source>
        <translation>Bærekraftsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="172" />
        <source>Add a company first on the Companies page.</source>
        <translation>Legg først til et foretak på siden Foretak.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="180" />
        <source>Sustainability statement of {name}</source>
        <translation>Bærekraftsrapport for {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="182" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="183" />
        <source>(not saved yet)</source>
        <translation>(ikke lagret ennå)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="184" />
        <source>{marker} Saved years: {years}</source>
        <translation>{marker} Lagrede år: {years}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="223" />
        <source>{percent} % of the applicable items answered</source>
        <translation>{percent} % av de aktuelle punktene er besvart</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="265" />
        <source>Statement for {year} saved.</source>
        <translation>Bærekraftsrapporten for {year} er lagret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="270" />
        <location filename="../../tender_helper/ui/sustainability_page.py" line="278" />
        <source>Import statement</source>
        <translation>Importer bærekraftsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="270" />
        <location filename="../../tender_helper/ui/sustainability_page.py" line="294" />
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="278" />
        <source>Replace the saved statement for {year}?</source>
        <translation>Vil du erstatte den lagrede bærekraftsrapporten for {year}?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="294" />
        <source>Export statement</source>
        <translation>Eksporter bærekraftsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="311" />
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="311" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="321" />
        <source>Wrote {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="338" />
        <source>Attached {title} to the documents.</source>
        <translation>{title} er lagt ved i dokumentene.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="61" />
        <source>Save dates</source>
        <translation>Lagre datoer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="63" />
        <source>Export to calendar (.ics)…</source>
        <translation>Eksporter til kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="68" />
        <source>Tender deadline (when the notice has none):</source>
        <translation>Tilbudsfrist (når kunngjøringen ikke oppgir noen):</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="69" />
        <source>Buyer's question cut-off:</source>
        <translation>Oppdragsgivers frist for spørsmål:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="70" />
        <source>Expected award decision:</source>
        <translation>Forventet tildelingsbeslutning:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="81" />
        <source>not known</source>
        <translation>ikke kjent</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="83" />
        <source>(estimate)</source>
        <translation>(anslag)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>Point</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="41" />
        <source>Finland: at most 3 months old under the Contractor's Obligations Act (1233/2006).</source>
        <translation>Finland: høyst 3 måneder gammel etter loven om bestillers utredningsplikt (1233/2006).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="47" />
        <source>Finland: a criminal record extract for procurement is valid for 12 months (Act 1397/2016 § 80).</source>
        <translation>Finland: politiattest for offentlige anskaffelser er gyldig i 12 måneder (lov 1397/2016 § 80).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="52" />
        <source>Norway: a tax certificate (skatteattest, RF-1507) may be at most 6 months old.</source>
        <translation>Norge: skatteattesten (RF-1507) kan være høyst 6 måneder gammel.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="72" />
        <location filename="../../tender_helper/vault/validity.py" line="77" />
        <location filename="../../tender_helper/vault/validity.py" line="79" />
        <location filename="../../tender_helper/vault/validity.py" line="82" />
        <location filename="../../tender_helper/vault/validity.py" line="85" />
        <source>Contractor's obligations act</source>
        <translation>Finsk lov om bestillers utredningsplikt (tilaajavastuulaki)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="75" />
        <source>Contractor's obligations act: prepayment, employer and VAT registers</source>
        <translation>Finsk lov om bestillers utredningsplikt: forskuddsskatte-, arbeidsgiver- og MVA-registeret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="89" />
        <source>Mandatory exclusion grounds; usually asked from the winner</source>
        <translation>Obligatoriske avvisningsgrunner; kreves vanligvis bare av valgt leverandør</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="94" />
        <source>Registration with Bolagsverket (unverified)</source>
        <translation>Registrering hos Bolagsverket (ikke verifisert)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="98" />
        <source>Taxes and social security paid; registered as employer at Skatteverket</source>
        <translation>Skatter og sosiale avgifter betalt; registrert som arbeidsgiver hos Skatteverket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="102" />
        <source>Contracts over NOK 500 000 excluding VAT</source>
        <translation>Kontrakter over NOK 500 000 ekskl. mva.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="104" />
        <source>Firmaattest from Brønnøysund (unverified)</source>
        <translation>Firmaattest fra Brønnøysundregistrene (ikke verifisert)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="111" />
        <source>ESPD Part IV A: suitability</source>
        <translation>ESPD del IV A: egnethet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="112" />
        <source>ESPD Part III B: taxes paid</source>
        <translation>ESPD del III B: betalte skatter og avgifter</translation>
    </message>
</context>
</TS>