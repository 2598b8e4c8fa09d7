<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
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
        <translation>Hjälper små och medelstora företag i Finland, Sverige och Norge att hitta offentliga upphandlingar, förbereda sina anbud och hålla ordning på företagets dokument.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="25" />
        <source>Notices come from TED, the EU's Tenders Electronic Daily (reuse under Commission Decision 2011/833/EU). CPV and NUTS code lists come from the eForms SDK (CC BY 4.0) and its Norwegian edition by DFØ.</source>
        <translation>Annonserna kommer från TED, EU:s Tenders Electronic Daily (vidareutnyttjande enligt kommissionens beslut 2011/833/EU). Kodlistorna för CPV och NUTS kommer från eForms SDK (CC BY 4.0) och dess norska utgåva från DFØ.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="29" />
        <source>Your data stays on this computer, in {folder}.</source>
        <translation>Dina uppgifter stannar på den här datorn, i {folder}.</translation>
    </message>
</context>
<context>
    <name>ActiveBidsWidget</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="134" />
        <source>No active bids. Open one from a notice.</source>
        <translation>Inga pågående anbud. Öppna ett från en annons.</translation>
    </message>
</context>
<context>
    <name>BidAssessmentWidget</name>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="48" />
        <source>Follow the recommendation</source>
        <translation>Följ rekommendationen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="52" />
        <source>Why you decide otherwise</source>
        <translation>Varför du beslutar annorlunda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="53" />
        <source>Save assessment</source>
        <translation>Spara bedömning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="57" />
        <source>Your decision:</source>
        <translation>Ditt beslut:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="58" />
        <source>Reason:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="75" />
        <source>Not answered yet</source>
        <translation>Inte besvarad ännu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="102" />
        <source>Answer at least half of the questions for a recommendation.</source>
        <translation>Besvara minst hälften av frågorna för att få en rekommendation.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="106" />
        <source>&lt;b&gt;Recommendation: {label}&lt;/b&gt; (score {score}/100)</source>
        <translation>&lt;b&gt;Rekommendation: {label}&lt;/b&gt; (poäng {score}/100)</translation>
    </message>
</context>
<context>
    <name>Bids</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="32" />
        <source>Considering</source>
        <translation>Övervägs</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="33" />
        <source>Preparing</source>
        <translation>Förbereds</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="34" />
        <source>Submitted</source>
        <translation>Inlämnat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="35" />
        <source>Won</source>
        <translation>Vunnet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="36" />
        <source>Lost</source>
        <translation>Förlorat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="37" />
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="38" />
        <source>No bid</source>
        <translation>Inget anbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="45" />
        <source>Request to participate</source>
        <translation>Sista dag för ansökan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="46" />
        <source>Tender deadline</source>
        <translation>Sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="47" />
        <source>Question cut-off</source>
        <translation>Sista dag för frågor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="48" />
        <source>Expected award</source>
        <translation>Väntat tilldelningsbeslut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="49" />
        <source>Standstill ends</source>
        <translation>Avtalsspärren upphör</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="98" />
        <source> (cancelled)</source>
        <translation> (avbruten)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="110" />
        <source>Next deadline</source>
        <translation>Nästa tidsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="111" />
        <source>Notice</source>
        <translation>Annons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="112" />
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="113" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="114" />
        <source>Open steps</source>
        <translation>Öppna steg</translation>
    </message>
</context>
<context>
    <name>BidsPage</name>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="84" />
        <source>Update the checklist</source>
        <translation>Uppdatera checklistan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="88" />
        <source>Reason (needed for no bid)</source>
        <translation>Skäl (krävs om inget anbud lämnas)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="89" />
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="94" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="96" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="98" />
        <source>Report and package</source>
        <translation>Rapport och paket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="113" />
        <source>Next step:</source>
        <translation>Nästa steg:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="130" />
        <source>No bids yet. Open a notice and choose Prepare a bid.</source>
        <translation>Inga anbud ännu. Öppna en annons och välj Förbered anbud.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="153" />
        <source>Save step</source>
        <translation>Spara steg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="159" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="160" />
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="166" />
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="171" />
        <source>Checklist template {file} was skipped: {error}</source>
        <translation>Checklistmallen {file} hoppades över: {error}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="241" />
        <source>whole contract</source>
        <translation>hela upphandlingen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="275" />
        <source>Checklist templates changed since this bid was opened: {names}</source>
        <translation>Checklistmallarna har ändrats sedan anbudet öppnades: {names}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="289" />
        <source>Bid / no bid</source>
        <translation>Anbud eller inte</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="295" />
        <source>Choose a step to read what it asks and why, and to set its status.</source>
        <translation>Välj ett steg för att läsa vad det kräver och varför, och för att ange dess status.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="323" />
        <source>Step saved.</source>
        <translation>Steget har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="329" />
        <source>Assessment saved.</source>
        <translation>Bedömningen har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="334" />
        <source>Bid status changed.</source>
        <translation>Anbudets status har ändrats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="340" />
        <source>Checklist updated from the templates.</source>
        <translation>Checklistan har uppdaterats från mallarna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="348" />
        <source>Write dates as 2025-03-20T12:00+02:00 and 2025-04-15.</source>
        <translation>Skriv datum som 2025-03-20T12:00+02:00 och 2025-04-15.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="353" />
        <source>Dates saved; due dates follow them.</source>
        <translation>Datumen har sparats; stegens tidsfrister följer dem.</translation>
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
        <translation>{path} har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="376" />
        <source>Save bid report</source>
        <translation>Spara anbudsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="382" />
        <source>Save bid package</source>
        <translation>Spara anbudspaket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="389" />
        <source>Export timeline</source>
        <translation>Exportera tidslinje</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="24" />
        <source>Decide</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="25" />
        <source>Documents and questions</source>
        <translation>Dokument och frågor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="26" />
        <source>Qualification</source>
        <translation>Kvalificering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="27" />
        <source>ESPD</source>
        <translation>ESPD</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="28" />
        <source>Award criteria</source>
        <translation>Tilldelningskriterier</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="29" />
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="30" />
        <source>Sustainability</source>
        <translation>Hållbarhet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="31" />
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="32" />
        <source>Submission</source>
        <translation>Inlämning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="33" />
        <source>After submission</source>
        <translation>Efter inlämning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="40" />
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="41" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="42" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="43" />
        <source>Not applicable</source>
        <translation>Ej aktuellt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="50" />
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="51" />
        <source>valid, no end date</source>
        <translation>giltig, utan slutdatum</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="52" />
        <source>expires before the tender deadline</source>
        <translation>går ut före sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="53" />
        <source>expired</source>
        <translation>har gått ut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="54" />
        <source>missing from the vault</source>
        <translation>saknas i valvet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="55" />
        <source>deleted from the vault</source>
        <translation>borttaget ur valvet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="87" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="88" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="90" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="114" />
        <source> (documents in place)</source>
        <translation> (dokumenten finns)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="121" />
        <source>Estimated: the notice does not give this date.</source>
        <translation>Uppskattat: annonsen anger inte detta datum.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="70" />
        <source>Checklist template {file} was skipped: {error}</source>
        <translation>Checklistmallen {file} hoppades över: {error}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="117" />
        <source>Opened bid {id} for {notice}.</source>
        <translation>Öppnade anbud {id} för {notice}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="120" />
        <source>Bid {id} for {notice} is already open.</source>
        <translation>Anbud {id} för {notice} är redan öppnat.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="144" />
        <source>No bids yet. Open one with: tender-helper bid open NOTICE_ID --company NAME</source>
        <translation>Inga anbud ännu. Öppna ett med: tender-helper bid open NOTICE_ID --company NAME</translation>
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
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="149" />
        <location filename="../../tender_helper/cli/notices_cmds.py" line="141" />
        <source>Notice</source>
        <translation>Annons</translation>
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
        <translation>Nästa tidsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="152" />
        <source>Open</source>
        <translation>Öppna punkter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="202" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="203" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="205" />
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="206" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="225" />
        <source>Template {template} changed since this bid was opened (version {old}, now {new}).</source>
        <translation>Mallen {template} har ändrats sedan anbudet öppnades (version {old}, nu {new}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="231" />
        <source>{item}: {status}</source>
        <translation>{item}: {status}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="237" />
        <source>Bid {id} is now {status}.</source>
        <translation>Anbud {id} har nu status {status}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="249" />
        <location filename="../../tender_helper/cli/bid_cmds.py" line="256" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="164" />
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="79" />
        <source>Wrote {path}.</source>
        <translation>Skrev {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="266" />
        <source>Wrote {path} with {count} files.</source>
        <translation>Skrev {path} med {count} filer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="268" />
        <source>Not in the package: {type} ({state})</source>
        <translation>Finns inte i paketet: {type} ({state})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="74" />
        <source>Added company {name} (id {id}).</source>
        <translation>Lade till företaget {name} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="84" />
        <source>Saved company {name} (id {id}).</source>
        <translation>Sparade företaget {name} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="94" />
        <source>No companies yet. Add one with: tender-helper company add --name … --business-id … --country FI</source>
        <translation>Inga företag ännu. Lägg till ett med: tender-helper company add --name … --business-id … --country FI</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="101" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="119" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="228" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="102" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="120" />
        <source>Business id</source>
        <translation>Organisationsnummer</translation>
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
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="123" />
        <source>Turnover (EUR)</source>
        <translation>Omsättning (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="124" />
        <source>Staff</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="125" />
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="126" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="137" />
        <source>Delete {name} and all its data? Type yes to confirm: </source>
        <translation>Ta bort {name} och alla dess uppgifter? Skriv ja för att bekräfta: </translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="140" />
        <source>Nothing was deleted.</source>
        <translation>Inget togs bort.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="144" />
        <source>Deleted company {name}.</source>
        <translation>Tog bort företaget {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="26" />
        <source>Removed {notices} sample notices and {companies} sample company.</source>
        <translation>Tog bort {notices} exempelannonser och {companies} exempelföretag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="44" />
        <source>Loaded {count} sample notices and the sample company {name} (id {id}).</source>
        <translation>Läste in {count} exempelannonser och exempelföretaget {name} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="48" />
        <source>Try: tender-helper notices list --open   Remove them with: tender-helper demo --remove</source>
        <translation>Prova: tender-helper notices list --open   Ta bort dem med: tender-helper demo --remove</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="78" />
        <source>Wrote {path} for {name}.</source>
        <translation>Skrev {path} för {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="103" />
        <source>Conflict in {section} '{label}': changed here later than in the package ({fields}).</source>
        <translation>Konflikt i {section} ”{label}”: ändrad här senare än i paketet ({fields}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="110" />
        <source>Take the package's version? [y/N] </source>
        <translation>Använd paketets version? [j/N] </translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="135" />
        <source>Would add {added}, update {updated}, keep {kept} local, leave {unchanged} unchanged.</source>
        <translation>Skulle lägga till {added}, uppdatera {updated}, behålla {kept} lokala och lämna {unchanged} oförändrade.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="137" />
        <source>Added {added}, updated {updated}, kept {kept} local, {unchanged} unchanged.</source>
        <translation>Tillagda: {added}, uppdaterade: {updated}, lokala versioner behållna: {kept}, oförändrade: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="148" />
        <source>Skipped (needs a newer version): {names}</source>
        <translation>Hoppade över (kräver en nyare version): {names}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="99" />
        <source>[new since last sync]</source>
        <translation>[ny sedan senaste synkroniseringen]</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="103" />
        <source>{buyer} ({country}) · deadline {deadline}</source>
        <translation>{buyer} ({country}) · sista anbudsdag {deadline}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="110" />
        <source>Lots: {fit} of {count} fit</source>
        <translation>Delområden: {fit} av {count} passar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="130" />
        <source>Notices for {name}: {count} matches, {new} new since the last sync</source>
        <translation>Annonser för {name}: {count} träffar, {new} nya sedan senaste synkroniseringen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="133" />
        <source>Note: {text}</source>
        <translation>Obs! {text}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="150" />
        <source>Notice {notice} is now {state} for {name}.</source>
        <translation>Annons {notice} har nu status {state} för {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="106" />
        <source>Deadline moved from {old} to {new}</source>
        <translation>Sista anbudsdag flyttad från {old} till {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="107" />
        <source>Lot {lot} added</source>
        <translation>Delområde {lot} tillagt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="108" />
        <source>Lot {lot} removed</source>
        <translation>Delområde {lot} borttaget</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="109" />
        <source>Estimated value changed</source>
        <translation>Uppskattat värde ändrat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="110" />
        <source>Title changed</source>
        <translation>Titeln ändrad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="111" />
        <source>CPV codes changed from {old} to {new}</source>
        <translation>CPV-koderna ändrade från {old} till {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="112" />
        <source>Procedure cancelled</source>
        <translation>Upphandlingen avbruten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="113" />
        <source>Corrigendum</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="142" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="143" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="154" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="144" />
        <source>Buyer</source>
        <translation>Upphandlande organisation</translation>
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
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="148" />
        <source>Deadline</source>
        <translation>Sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="149" />
        <source>Estimated value</source>
        <translation>Uppskattat värde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="150" />
        <source>Procedure</source>
        <translation>Förfarande</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="151" />
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="188" />
        <source>Reading</source>
        <translation>Läser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="195" />
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {failed} failed.</source>
        <translation>Importerat: {new} nya, {updated} uppdaterade, {unchanged} oförändrade, {failed} misslyckade.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="202" />
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="203" />
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="208" />
        <source>No notice could be read from {paths}.</source>
        <translation>Ingen annons kunde läsas från {paths}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="250" />
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="250" />
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="264" />
        <source>No notices match. Get some with: tender-helper sync, notices import or demo</source>
        <translation>Inga annonser matchar. Hämta annonser med: tender-helper sync, notices import eller demo</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="298" />
        <source>The buyer has cancelled this procedure.</source>
        <translation>Den upphandlande organisationen har avbrutit upphandlingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="302" />
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="88" />
        <source>Saved the search profile of {name}.</source>
        <translation>Sparade sökprofilen för {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="102" />
        <source>Search profile of {name}</source>
        <translation>Sökprofil för {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="105" />
        <source>CPV codes</source>
        <translation>CPV-koder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="107" />
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="108" />
        <source>Keywords</source>
        <translation>Sökord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="109" />
        <source>Excluded words</source>
        <translation>Uteslutna ord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="110" />
        <source>Smallest value (EUR)</source>
        <translation>Lägsta värde (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="111" />
        <source>Largest value (EUR)</source>
        <translation>Högsta värde (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="112" />
        <source>Fewest days to deadline</source>
        <translation>Minst antal dagar till sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="113" />
        <source>Notice kinds</source>
        <translation>Annonstyper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="110" />
        <source>Added session {id} for {name} ({minutes} min).</source>
        <translation>Lade till rådgivningstillfälle {id} för {name} ({minutes} min).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="137" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="138" />
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="139" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="152" />
        <source>Used {used} min; no allowance set.</source>
        <translation>Använt {used} min; ingen timbudget angiven.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="155" />
        <source>Used {used} of {allowed} min; {left} min left.</source>
        <translation>Använt {used} av {allowed} min; {left} min kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="173" />
        <source>Saved the advice allowance of {name}.</source>
        <translation>Sparade timbudgeten för rådgivning ({name}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="59" />
        <source>Stored the {year} statement of {company} ({percent} % complete).</source>
        <translation>Sparade hållbarhetsrapporten för {year} ({company}), {percent} % ifylld.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="68" />
        <source>Wrote the {year} statement of {company} to {path}.</source>
        <translation>Skrev hållbarhetsrapporten för {year} ({company}) till {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="82" />
        <source>Kept it among the documents of {company} as {title} (document {id}).</source>
        <translation>Sparade den bland dokumenten för {company} som {title} (dokument {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="106" />
        <source>Reporting year</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="107" />
        <source>Complete</source>
        <translation>Ifyllt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="108" />
        <source>Scope 1 (t CO2e)</source>
        <translation>Scope 1 (t CO2e)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="109" />
        <source>Scope 2, location-based (t CO2e)</source>
        <translation>Scope 2, platsbaserat (t CO2e)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="110" />
        <source>Energy (MWh)</source>
        <translation>Energi (MWh)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="111" />
        <source>Still open</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="60" />
        <source>The {count} notices already saved still work: tender-helper notices list</source>
        <translation>De {count} annonser som redan sparats går fortfarande att använda: tender-helper notices list</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="67" />
        <source>Downloading</source>
        <translation>Hämtar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="80" />
        <source>TED: {new} new, {changed} changed, {unchanged} unchanged, {failed} failed.</source>
        <translation>TED: {new} nya, {changed} ändrade, {unchanged} oförändrade, {failed} misslyckade.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="89" />
        <source>Cancelled; the next sync continues from here.</source>
        <translation>Avbrutet; nästa synkronisering fortsätter härifrån.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="92" />
        <source>The next sync continues from here.</source>
        <translation>Nästa synkronisering fortsätter härifrån.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="110" />
        <source>Stored {title} for {company} (document {id}).</source>
        <translation>Sparade {title} för {company} (dokument {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="116" />
        <source>Valid until {date}, as the rule says: {rule}</source>
        <translation>Giltig till {date} enligt regeln: {rule}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="122" />
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="123" />
        <source>expiring</source>
        <translation>går snart ut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="124" />
        <source>EXPIRED</source>
        <translation>HAR GÅTT UT</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="125" />
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="148" />
        <source>No documents.</source>
        <translation>Inga dokument.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="153" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="228" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="155" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="182" />
        <source>Missing from the vault: {company}: {title} ({file}, version {version})</source>
        <translation>Saknas i valvet: {company}: {title} ({file}, version {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="183" />
        <source>Changed on disk: {company}: {title} ({file}, version {version})</source>
        <translation>Ändrad på disken: {company}: {title} ({file}, version {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="193" />
        <source>All {count} stored files are intact.</source>
        <translation>Alla {count} sparade filer är oskadda.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="196" />
        <source>{bad} of {count} stored files are missing or damaged; restore them from a backup.</source>
        <translation>{bad} av {count} sparade filer saknas eller är skadade; återställ dem från en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="219" />
        <source>Exported {count} documents of {company} to {path}.</source>
        <translation>Exporterade {count} dokument för {company} till {path}.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="47" />
        <location filename="../../tender_helper/ui/companies_page.py" line="109" />
        <source>New company</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="48" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="50" />
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="131" />
        <source>Saved {name}.</source>
        <translation>{name} har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="145" />
        <source>Delete company</source>
        <translation>Ta bort företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="146" />
        <source>Delete {name} and everything stored for it? This cannot be undone.</source>
        <translation>Vill du ta bort {name} och allt som har sparats för företaget? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="50" />
        <source>From staff and turnover</source>
        <translation>Utifrån antal anställda och omsättning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="54" />
        <source>e.g. 450 000</source>
        <translation>t.ex. 450 000</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="57" />
        <source>not given</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="61" />
        <source>What the company does, its strengths and references.</source>
        <translation>Vad företaget gör, dess styrkor och referenser.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="71" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="72" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="75" />
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="76" />
        <source>Turnover (EUR a year)</source>
        <translation>Omsättning (EUR per år)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="77" />
        <source>Staff</source>
        <translation>Antal anställda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="83" />
        <source>Working languages</source>
        <translation>Arbetsspråk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="84" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="89" />
        <source>Business id ({kind})</source>
        <translation>Organisationsnummer ({kind})</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="54" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="55" />
        <source>Business id</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="56" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="57" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="91" />
        <source>Newer changes on this computer</source>
        <translation>Nyare ändringar på den här datorn</translation>
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
        <translation>Ändrade fält</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="98" />
        <source>Changed here</source>
        <translation>Ändrat här</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="99" />
        <source>In package</source>
        <translation>I paketet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="119" />
        <source>Keep mine</source>
        <translation>Behåll min version</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="120" />
        <source>Take the package's</source>
        <translation>Använd paketets version</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="123" />
        <source>Use</source>
        <translation>Använd</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="128" />
        <source>These were changed on this computer after the package was made. Nothing is overwritten unless you choose so.</source>
        <translation>Följande har ändrats på den här datorn efter att paketet skapades. Inget skrivs över om du inte väljer det.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="134" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>CpvBranchDialog</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="56" />
        <source>Filter by CPV branch</source>
        <translation>Filtrera efter CPV-gren</translation>
    </message>
</context>
<context>
    <name>CpvPicker</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="41" />
        <source>Search by word or code, e.g. siivous, städning, cleaning, 9091</source>
        <translation>Sök på ord eller kod, t.ex. siivous, städning, cleaning, 9091</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="45" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="45" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="48" />
        <source>No CPV code matches these words.</source>
        <translation>Ingen CPV-kod matchar dessa ord.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="56" />
        <source>Add ↓</source>
        <translation>Lägg till ↓</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="57" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="83" />
        <source>Chosen codes (a code also covers everything under it):</source>
        <translation>Valda koder (en kod omfattar också allt under den):</translation>
    </message>
</context>
<context>
    <name>CpvTreeModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_tree_model.py" line="79" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_tree_model.py" line="80" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../tender_helper/ui/deadline_dialog.py" line="15" />
        <source>Tender deadline</source>
        <translation>Sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/deadline_dialog.py" line="19" />
        <source>The notice {reference} gives no deadline. Enter the tender deadline from its documents.</source>
        <translation>Annonsen {reference} anger ingen sista anbudsdag. Ange sista anbudsdag enligt förfrågningsunderlaget.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="41" />
        <source>The buyer answers questions asked in good time at least 6 days before the tender deadline.</source>
        <translation>Den upphandlande organisationen besvarar frågor som ställts i god tid senast 6 dagar före sista anbudsdag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="50" />
        <location filename="../../tender_helper/checklists/deadlines.py" line="102" />
        <source>Accelerated procedure: the buyer answers at least 4 days before the tender deadline.</source>
        <translation>Påskyndat förfarande: den upphandlande organisationen svarar senast 4 dagar före sista anbudsdag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="59" />
        <source>Below the EU threshold the buyer also answers questions asked in good time before the tender deadline.</source>
        <translation>Under EU:s tröskelvärde besvarar den upphandlande organisationen också frågor som ställts i god tid före sista anbudsdag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="70" />
        <source>EU procurement: the buyer gives additional information at least 6 days before the tender deadline.</source>
        <translation>EU-upphandling: den upphandlande organisationen lämnar kompletterande upplysningar senast 6 dagar före sista anbudsdag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="81" />
        <source>Accelerated EU procedure: the buyer answers at least 4 days before the tender deadline.</source>
        <translation>Påskyndat EU-förfarande: den upphandlande organisationen svarar senast 4 dagar före sista anbudsdag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="91" />
        <source>Above the EEA threshold the buyer answers questions at least 6 days before the tender deadline.</source>
        <translation>Över EES-tröskelvärdet besvarar den upphandlande organisationen frågor senast 6 dagar före sista anbudsdag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="115" />
        <source>The contract may be signed 14 days after you received the decision and appeal instructions.</source>
        <translation>Avtalet får ingås 14 dagar efter att du har fått beslutet och besvärsanvisningen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="125" />
        <source>Standstill of 10 days when the award decision is sent electronically (15 days otherwise).</source>
        <translation>Avtalsspärr på 10 dagar när tilldelningsbeslutet skickas elektroniskt (annars 15 dagar).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="134" />
        <source>Standstill of 15 days when the award decision is not sent electronically.</source>
        <translation>Avtalsspärr på 15 dagar när tilldelningsbeslutet inte skickas elektroniskt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="141" />
        <source>Standstill (karensperiode) after the notice of the chosen supplier; check its length in the notice.</source>
        <translation>Avtalsspärr (karensperiode) efter meddelandet om vald leverantör; kontrollera längden i meddelandet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="154" />
        <source>No standstill for national (below EU threshold) procurements in Finland: the contract may be signed at once.</source>
        <translation>Ingen avtalsspärr för nationella upphandlingar (under EU:s tröskelvärde) i Finland: avtalet får ingås direkt.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="56" />
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="64" />
        <source>YYYY-MM-DD or D.M.YYYY</source>
        <translation>ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="86" />
        <source>New version of {title}</source>
        <translation>Ny version av {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="88" />
        <source>Details of {title}</source>
        <translation>Detaljer för {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="89" />
        <source>Add a document</source>
        <translation>Lägg till dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="97" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="98" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="99" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="100" />
        <location filename="../../tender_helper/ui/document_dialog.py" line="173" />
        <source>Issued on</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="101" />
        <location filename="../../tender_helper/ui/document_dialog.py" line="174" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="103" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="125" />
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="128" />
        <source>Choose the document</source>
        <translation>Välj dokumentet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="147" />
        <source>No fixed validity for this type in {country}: copy the date from the document.</source>
        <translation>Dokumenttypen har ingen fast giltighetstid i {country}: skriv av datumet från dokumentet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="151" />
        <source>Enter the issue date to get a proposed end date.</source>
        <translation>Ange utfärdandedatum för att få ett förslag på slutdatum.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="156" />
        <source>Proposed: valid until {date}. {rule}</source>
        <translation>Förslag: giltig till {date}. {rule}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="30" />
        <source>Expired {days} d ago</source>
        <translation>Gick ut för {days} d sedan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="33" />
        <source>Expires today</source>
        <translation>Går ut i dag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="34" />
        <source>Expires in {days} d</source>
        <translation>Går ut om {days} d</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="36" />
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="37" />
        <source>No end date</source>
        <translation>Utan slutdatum</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="111" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="112" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="113" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="114" />
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="115" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="116" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="117" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="11" />
        <source>Tax debt certificate</source>
        <translation>Intyg om skatteskuld</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="12" />
        <source>Pension insurance certificate</source>
        <translation>Intyg om pensionsförsäkring</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="13" />
        <source>Trade register extract</source>
        <translation>Handelsregisterutdrag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="14" />
        <source>VAT register extract</source>
        <translation>Utdrag ur momsregistret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="15" />
        <source>Tax certificate (skatteattest)</source>
        <translation>Skatteintyg (skatteattest)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="16" />
        <source>Registration certificate</source>
        <translation>Registreringsbevis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="17" />
        <source>Insurance policy</source>
        <translation>Försäkringsbrev</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="18" />
        <source>Occupational health care agreement</source>
        <translation>Avtal om företagshälsovård</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="19" />
        <source>Statement of the applicable collective agreement</source>
        <translation>Uppgift om tillämpligt kollektivavtal</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="22" />
        <source>Criminal record extract</source>
        <translation>Utdrag ur belastningsregistret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="23" />
        <source>ISO 9001 certificate</source>
        <translation>ISO 9001-certifikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="24" />
        <source>ISO 14001 certificate</source>
        <translation>ISO 14001-certifikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="25" />
        <source>Other certificate</source>
        <translation>Annat certifikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="26" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="27" />
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="28" />
        <source>Financial statements</source>
        <translation>Årsredovisning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="29" />
        <source>Signed ESPD</source>
        <translation>Undertecknad ESPD</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="30" />
        <source>Sustainability statement (VSME)</source>
        <translation>Hållbarhetsrapport (VSME)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="31" />
        <source>Other document</source>
        <translation>Annat dokument</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="65" />
        <source>Drop files here to add them, or use Add.</source>
        <translation>Dra och släpp filer här för att lägga till dem, eller använd Lägg till.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="77" />
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="78" />
        <source>New version…</source>
        <translation>Ny version…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="79" />
        <source>Details…</source>
        <translation>Detaljer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="80" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="81" />
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="82" />
        <source>Export to folder…</source>
        <translation>Exportera till mapp…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="83" />
        <source>Export as zip…</source>
        <translation>Exportera som zip…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="84" />
        <location filename="../../tender_helper/ui/documents_page.py" line="359" />
        <location filename="../../tender_helper/ui/documents_page.py" line="373" />
        <source>Verify files</source>
        <translation>Kontrollera filer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="85" />
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="116" />
        <source>Missing or expired</source>
        <translation>Saknas eller har gått ut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="118" />
        <source>What bids in this country usually ask for. Double-click to add it.</source>
        <translation>Det som anbud i det här landet oftast kräver. Dubbelklicka för att lägga till.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="147" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="148" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lägg först till ett företag på sidan Företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="151" />
        <source>Documents of {name}</source>
        <translation>Dokument för {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="165" />
        <source>Nothing missing.</source>
        <translation>Inget saknas.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="191" />
        <source>Add a company document…</source>
        <translation>Lägg till ett företagsdokument…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="275" />
        <source>Saved {title}.</source>
        <translation>{title} har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="283" />
        <source>Delete document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="284" />
        <source>Delete {title} with all its versions? This cannot be undone.</source>
        <translation>Vill du ta bort {title} med alla versioner? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="321" />
        <source>Export documents to folder</source>
        <translation>Exportera dokument till mapp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="327" />
        <source>Export documents as zip</source>
        <translation>Exportera dokument som zip</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="327" />
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="345" />
        <source>Exported {count} documents to {path}.</source>
        <translation>{count} dokument exporterades till {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="358" />
        <source>All {count} stored files are intact.</source>
        <translation>Alla {count} sparade filer är oskadda.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="362" />
        <source>Missing: {title} (version {version})</source>
        <translation>Saknas: {title} (version {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="366" />
        <source>Changed on disk: {title} (version {version})</source>
        <translation>Ändrad på disken: {title} (version {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="374" />
        <source>Some stored files are damaged; restore them from a backup.</source>
        <translation>Vissa sparade filer är skadade; återställ dem från en säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Document type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Valid until</source>
        <translation>Giltig till</translation>
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
        <translation>”{value}” är inte ett datum med klockslag, till exempel 2025-03-20T12:00+02:00.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="94" />
        <source>Document {value} belongs to another company.</source>
        <translation>Dokumentet {value} tillhör ett annat företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="120" />
        <source>Name the company with --company.</source>
        <translation>Ange företaget med --company.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="122" />
        <source>--limit must be 1 or more.</source>
        <translation>--limit måste vara 1 eller mer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="256" />
        <source>'{value}' is not a number of notices.</source>
        <translation>”{value}” är inte ett antal annonser.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="46" />
        <source>'{value}' is not a number of days.</source>
        <translation>”{value}” är inte ett antal dagar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="55" />
        <source>Unknown notice kind in '{value}'; use competition, planning, consultation, result.</source>
        <translation>Okänd annonstyp i ”{value}”; använd competition, planning, consultation, result.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="58" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="71" />
        <source>'{value}' is not a date; use YYYY-MM-DD.</source>
        <translation>”{value}” är inte ett datum; använd ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="36" />
        <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
        <translation>”{value}” är inte ett datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="71" />
        <source>There are {count} companies; say which one with --company.</source>
        <translation>Det finns {count} företag; ange vilket med --company.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="213" />
        <source>No documents match; nothing was exported.</source>
        <translation>Inga dokument matchar; inget exporterades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="57" />
        <location filename="../../tender_helper/core/company.py" line="93" />
        <source>Country {value} is not supported; choose one of FI, SE, NO, DK, EE, LV, LT.</source>
        <translation>Landet {value} stöds inte; välj något av FI, SE, NO, DK, EE, LV, LT.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="67" />
        <source>The {kind} {value} has a wrong check digit.</source>
        <translation>Kontrollsiffran i {kind} {value} är fel.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="74" />
        <source>'{value}' is not a valid {kind}.</source>
        <translation>”{value}” är inte ett giltigt {kind}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="89" />
        <source>The company needs a name.</source>
        <translation>Företaget måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="101" />
        <source>Staff cannot be negative.</source>
        <translation>Antalet anställda kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="103" />
        <source>Turnover cannot be negative.</source>
        <translation>Omsättningen kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="107" />
        <source>Unknown language code {value}; use e.g. fin, swe, nor, eng.</source>
        <translation>Okänd språkkod {value}; använd t.ex. fin, swe, nor, eng.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="156" />
        <source>The smallest value {low} is above the largest value {high}.</source>
        <translation>Det lägsta värdet {low} är högre än det högsta värdet {high}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="163" />
        <source>Contract values cannot be negative.</source>
        <translation>Kontraktsvärden kan inte vara negativa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="166" />
        <source>Days to deadline must be between 0 and 365.</source>
        <translation>Antalet dagar till sista anbudsdag måste vara mellan 0 och 365.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="182" />
        <source>Country {value} is not one we watch; use FIN, SWE, NOR, DNK, EST, LVA, LTU or ISL.</source>
        <translation>Landet {value} bevakas inte; använd FIN, SWE, NOR, DNK, EST, LVA, LTU eller ISL.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="215" />
        <location filename="../../tender_helper/core/company.py" line="219" />
        <source>'{value}' is not an amount.</source>
        <translation>”{value}” är inget belopp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/cpv.py" line="35" />
        <source>'{value}' is not a CPV code: it needs 8 digits, like 72000000.</source>
        <translation>”{value}” är ingen CPV-kod: den ska ha 8 siffror, till exempel 72000000.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/cpv.py" line="89" />
        <source>CPV code {value} is not in the official CPV list.</source>
        <translation>CPV-koden {value} finns inte i den officiella CPV-listan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/notice.py" line="53" />
        <source>'{value}' is not a date or a date and time.</source>
        <translation>”{value}” är inte ett datum eller ett datum med klockslag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/notice.py" line="87" />
        <source>'{value}' is not an amount of money.</source>
        <translation>”{value}” är inget penningbelopp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/nuts.py" line="80" />
        <source>'{value}' is not a NUTS region of the Nordic or Baltic countries.</source>
        <translation>”{value}” är ingen NUTS-region i de nordiska eller baltiska länderna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="69" />
        <source>The package failed its authenticity check: it is incomplete or was changed after it was made. Nothing was imported.</source>
        <translation>Paketet klarade inte äkthetskontrollen: det är ofullständigt eller har ändrats efter att det skapades. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="112" />
        <source>This file is not a Tender Helper hand-off package.</source>
        <translation>Filen är inget överlämningspaket från Tender Helper.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="118" />
        <source>The package was made by a newer version of Tender Helper (format {version}). Update the program to import it; nothing was imported.</source>
        <translation>Paketet har skapats av en nyare version av Tender Helper (format {version}). Uppdatera programmet för att importera det; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="138" />
        <source>The passphrase does not open this package (or its header is damaged). Nothing was imported.</source>
        <translation>Lösenfrasen öppnar inte det här paketet (eller så är paketets huvud skadat). Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/documents_section.py" line="73" />
        <location filename="../../tender_helper/handoff/package.py" line="72" />
        <location filename="../../tender_helper/services/handoff.py" line="114" />
        <location filename="../../tender_helper/services/handoff.py" line="125" />
        <source>The package is not usable ({reason}). Nothing was imported.</source>
        <translation>Paketet kan inte användas ({reason}). Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/package.py" line="214" />
        <source>The package was made by a newer version of Tender Helper ({version}). Update the program to import it; nothing was imported.</source>
        <translation>Paketet har skapats av en nyare version av Tender Helper ({version}). Uppdatera programmet för att importera det; inget importerades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/sessions_section.py" line="160" />
        <source>The package holds a session that belongs to another company here. Nothing was imported.</source>
        <translation>Paketet innehåller ett rådgivningstillfälle som här hör till ett annat företag. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/paths.py" line="41" />
        <source>The data folder {path} cannot be written: {reason}.</source>
        <translation>Det går inte att skriva till datamappen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bid_exports.py" line="218" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="185" />
        <source>{name} could not be written: {reason}</source>
        <translation>{name} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="108" />
        <source>The notice {value} gives no deadline. Enter the tender deadline from its documents.</source>
        <translation>Annonsen {value} anger ingen sista anbudsdag. Ange sista anbudsdag enligt förfrågningsunderlaget.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="186" />
        <source>Unknown status {value}; use todo, in_progress, done or not_applicable.</source>
        <translation>Okänd status {value}; använd todo, in_progress, done eller not_applicable.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="200" />
        <source>This step does not ask for a document of type {value}.</source>
        <translation>Det här steget kräver inget dokument av typen {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="213" />
        <source>A bid cannot go from {current} to {value}.</source>
        <translation>Ett anbud kan inte gå från status {current} till {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="219" />
        <source>Say why you do not bid.</source>
        <translation>Ange varför du inte lämnar anbud.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="234" />
        <source>Not an answer to the assessment: {value}</source>
        <translation>Inget giltigt svar i bedömningen: {value}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="239" />
        <source>Give a reason when your decision differs from the recommendation.</source>
        <translation>Ange ett skäl när ditt beslut avviker från rekommendationen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="262" />
        <source>This bid needs a tender deadline: the notice gives none.</source>
        <translation>Anbudet behöver en sista anbudsdag: annonsen anger ingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="309" />
        <source>The notice has no lot {value}; its lots are {known}.</source>
        <translation>Annonsen har inget delområde {value}; dess delområden är {known}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/demo.py" line="49" />
        <source>The cache already has this notice from a real source; the sample is left out.</source>
        <translation>Annonsen finns redan sparad från en verklig källa; exempelannonsen hoppas över.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="79" />
        <location filename="../../tender_helper/vault/validity.py" line="119" />
        <source>Unknown document type {value}.</source>
        <translation>Okänd dokumenttyp {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="83" />
        <source>The document needs a title.</source>
        <translation>Dokumentet måste ha en titel.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="86" />
        <source>The title is too long ({value} characters; at most {limit}).</source>
        <translation>Titeln är för lång ({value} tecken; högst {limit}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="93" />
        <source>The document cannot be valid until {until}, before it was issued ({issued}).</source>
        <translation>Dokumentet kan inte vara giltigt till {until}, alltså före utfärdandedatumet ({issued}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="152" />
        <source>Only the newest version of {name} can be replaced.</source>
        <translation>Endast den senaste versionen av {name} kan ersättas.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="34" />
        <source>The passphrase needs at least {value} characters.</source>
        <translation>Lösenfrasen måste ha minst {value} tecken.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="47" />
        <source>The passphrase file {path} cannot be read: {reason}</source>
        <translation>Lösenfrasfilen {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="55" />
        <source>The passphrase file {path} is empty.</source>
        <translation>Lösenfrasfilen {path} är tom.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/matching.py" line="347" />
        <source>'{value}' is not a match state; use new, seen, starred or dismissed.</source>
        <translation>”{value}” är ingen giltig träffstatus; använd new, seen, starred eller dismissed.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/matching.py" line="354" />
        <source>Notice {value} is not among this company's matches.</source>
        <translation>Annonsen {value} finns inte bland företagets träffar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/notices.py" line="91" />
        <location filename="../../tender_helper/sources/packages.py" line="104" />
        <location filename="../../tender_helper/sources/packages.py" line="122" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="164" />
        <location filename="../../tender_helper/vault/store.py" line="118" />
        <location filename="../../tender_helper/vault/store.py" line="158" />
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="62" />
        <source>Unknown topic {value}; use one of {choices}.</source>
        <translation>Okänt ämne {value}; använd något av {choices}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="75" />
        <source>A session lasts between 0 and {value} minutes.</source>
        <translation>Ett rådgivningstillfälle ska vara mellan 0 och {value} minuter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="85" />
        <source>A follow-up needs a text.</source>
        <translation>En uppföljning måste ha en text.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="151" />
        <source>The advice allowance must be between 0 and 1000 hours.</source>
        <translation>Antalet rådgivningstimmar måste vara mellan 0 och 1000.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="75" />
        <source>{name} has no sustainability statement for {year}.</source>
        <translation>{name} har ingen hållbarhetsrapport för {year}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="110" />
        <source>{name} holds the statement for {found}, not for {year}.</source>
        <translation>{name} innehåller rapporten för {found}, inte för {year}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="118" />
        <source>A statement for {year} is already stored; importing would overwrite it.</source>
        <translation>Det finns redan en sparad hållbarhetsrapport för {year}; en import skulle skriva över den.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/settings.py" line="43" />
        <source>The settings file {path} cannot be read: {reason}.</source>
        <translation>Inställningsfilen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms.py" line="52" />
        <source>{name} is not an eForms notice (its root element is {root}).</source>
        <translation>{name} är ingen eForms-annons (rotelementet är {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms.py" line="61" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="83" />
        <source>{name} has no title in any language.</source>
        <translation>{name} har ingen titel på något språk.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms_dates.py" line="29" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="173" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="183" />
        <source>{name} has a date or time that cannot be read: '{value}'.</source>
        <translation>{name} innehåller ett datum eller klockslag som inte kan läsas: ”{value}”.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http.py" line="304" />
        <source>'{value}' is not a web address Tender Helper can use.</source>
        <translation>”{value}” är ingen webbadress som Tender Helper kan använda.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="11" />
        <source>{source} could not be reached. Check your internet connection; your saved notices are still available.</source>
        <translation>Det gick inte att nå {source}. Kontrollera internetanslutningen; dina sparade annonser finns fortfarande kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="24" />
        <source>{source} did not answer in time. Please try again later; your saved notices are still available.</source>
        <translation>{source} svarade inte i tid. Försök igen senare; dina sparade annonser finns fortfarande kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="36" />
        <source>{source} is busy and asked Tender Helper to wait. Please try again in about {minutes} minute(s); your saved notices are still available.</source>
        <translation>{source} är upptagen och bad Tender Helper att vänta. Försök igen om cirka {minutes} minut(er); dina sparade annonser finns fortfarande kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="52" />
        <source>{source} is having technical problems (error {status}). Please try again later; your saved notices are still available.</source>
        <translation>{source} har tekniska problem (fel {status}). Försök igen senare; dina sparade annonser finns fortfarande kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="68" />
        <source>{source} refused the request (error {status}). Tender Helper may need an update; your saved notices are still available.</source>
        <translation>{source} avvisade begäran (fel {status}). Tender Helper kan behöva uppdateras; dina sparade annonser finns fortfarande kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="85" />
        <source>{source} sent a reply Tender Helper could not read ({what}). Please try again later; if it keeps happening, the service may have changed.</source>
        <translation>{source} skickade ett svar som Tender Helper inte kunde läsa ({what}). Försök igen senare; om det fortsätter kan tjänsten ha ändrats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="101" />
        <source>{source} did not accept the search built from your profile ({error_type}{detail}). Check the profile's codes and countries; if they look right, Tender Helper may need an update.</source>
        <translation>{source} godtog inte sökningen som byggts utifrån din profil ({error_type}{detail}). Kontrollera profilens koder och länder; om de ser rätt ut kan Tender Helper behöva uppdateras.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="118" />
        <source>The interrupted download from {source} cannot be continued. Start it again; it will resume from the last notices already saved.</source>
        <translation>Den avbrutna hämtningen från {source} kan inte fortsätta. Starta den igen; den fortsätter från de senast sparade annonserna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="133" />
        <source>The download from {source} was cancelled.</source>
        <translation>Hämtningen från {source} avbröts.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/notice_xml.py" line="21" />
        <source>{name} is not a notice this version can read (root element {root}).</source>
        <translation>{name} är ingen annons som den här versionen kan läsa (rotelement {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/packages.py" line="68" />
        <source>{name} is not a readable TED package: {reason}</source>
        <translation>{name} är inget läsbart TED-paket: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="33" />
        <source>{name} is too large to be a notice ({size} bytes, at most {limit}).</source>
        <translation>{name} är för stor för att vara en annons ({size} byte, högst {limit}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="47" />
        <source>{name} is not well-formed XML: {reason}</source>
        <translation>{name} är inte välformad XML: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="58" />
        <source>{name} declares a DTD or entities, which notices never do; it was not read.</source>
        <translation>{name} deklarerar en DTD eller entiteter, vilket annonser aldrig gör; filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_query.py" line="67" />
        <source>The TED search needs at least a date, a country, a CPV code or a notice kind.</source>
        <translation>Sökningen i TED kräver minst ett datum, ett land, en CPV-kod eller en annonstyp.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_query.py" line="103" />
        <source>'{value}' is not a three-letter country code such as FIN or SWE.</source>
        <translation>”{value}” är ingen landskod med tre bokstäver, till exempel FIN eller SWE.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_r209.py" line="75" />
        <source>{name} is not a TED_EXPORT notice (its root element is {root}).</source>
        <translation>{name} är ingen TED_EXPORT-annons (rotelementet är {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_r209.py" line="86" />
        <source>{name} has no TED document number.</source>
        <translation>{name} saknar TED-dokumentnummer.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/bids_repo.py" line="127" />
        <source>There is no bid {value}.</source>
        <translation>Det finns inget anbud {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/bids_repo.py" line="228" />
        <source>Bid {bid} has no checklist item {value}.</source>
        <translation>Anbudet {bid} har ingen checklistpunkt {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="85" />
        <source>More than one company is called {value}; use its id.</source>
        <translation>Flera företag heter {value}; använd företagets id.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="87" />
        <location filename="../../tender_helper/storage/companies_repo.py" line="115" />
        <source>There is no company {value}.</source>
        <translation>Det finns inget företag {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="135" />
        <source>A company with business id {value} already exists.</source>
        <translation>Det finns redan ett företag med organisationsnumret {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/database.py" line="38" />
        <source>'{value}' is not a database address.</source>
        <translation>”{value}” är ingen databasadress.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="48" />
        <source>The database {path} is damaged or not a Tender Helper database. Nothing was changed; restore a backup or move the file away.</source>
        <translation>Databasen {path} är skadad eller ingen Tender Helper-databas. Inget har ändrats; återställ en säkerhetskopia eller flytta filen någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="81" />
        <source>The database cannot be opened: {reason}</source>
        <translation>Databasen kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="88" />
        <source>The database was written by a newer version of Tender Helper (schema {revision}). Update the program; nothing was changed.</source>
        <translation>Databasen har skrivits av en nyare version av Tender Helper (schema {revision}). Uppdatera programmet; inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/notices_repo.py" line="258" />
        <location filename="../../tender_helper/storage/notices_repo.py" line="280" />
        <source>There is no notice {value} in the cache.</source>
        <translation>Annonsen {value} finns inte bland de sparade annonserna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/sessions_repo.py" line="194" />
        <source>There is no advice session {value}.</source>
        <translation>Det finns inget rådgivningstillfälle {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/sessions_repo.py" line="245" />
        <source>There is no follow-up {value}.</source>
        <translation>Det finns ingen uppföljning {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/vault_repo.py" line="78" />
        <source>There is no document {value}.</source>
        <translation>Det finns inget dokument {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/emissions.py" line="65" />
        <source>There is no emission factor for {fuel} measured in {unit}; enter one.</source>
        <translation>Det finns ingen emissionsfaktor för {fuel} mätt i {unit}; ange en.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/emissions.py" line="83" />
        <source>There is no electricity emission factor for country {country}; enter one.</source>
        <translation>Det finns ingen emissionsfaktor för el för landet {country}; ange en.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="52" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="102" />
        <source>{path}: expected an object.</source>
        <translation>{path}: ett objekt förväntades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="57" />
        <source>{path}: unknown field {key}.</source>
        <translation>{path}: okänt fält {key}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="67" />
        <source>{path}: the required field {key} is missing.</source>
        <translation>{path}: det obligatoriska fältet {key} saknas.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="82" />
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: {expected} förväntades, men {found} hittades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="97" />
        <source>{path}: expected a list.</source>
        <translation>{path}: en lista förväntades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="114" />
        <source>This is not a Tender Helper sustainability statement file.</source>
        <translation>Filen är ingen hållbarhetsrapport från Tender Helper.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="119" />
        <source>The statement file has no valid format version.</source>
        <translation>Rapportfilen saknar en giltig formatversion.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="123" />
        <source>The statement file was written by a newer Tender Helper (format {found}; this version reads up to {supported}). Update Tender Helper to import it.</source>
        <translation>Rapportfilen har skrivits av en nyare version av Tender Helper (format {found}; den här versionen läser upp till {supported}). Uppdatera Tender Helper för att importera den.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="142" />
        <source>The statement is not valid JSON (line {line}, column {column}).</source>
        <translation>Rapporten är inte giltig JSON (rad {line}, kolumn {column}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="156" />
        <source>{name} is too large to be a sustainability statement.</source>
        <translation>{name} är för stor för att vara en hållbarhetsrapport.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="71" />
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="87" />
        <source>{name}: {value} is not a number.</source>
        <translation>{name}: {value} är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="73" />
        <source>{name} cannot be negative (got {value}).</source>
        <translation>{name} kan inte ha ett negativt värde (angivet: {value}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="78" />
        <source>{name} must be between {low} and {high} (got {value}).</source>
        <translation>{name} måste vara mellan {low} och {high} (angivet: {value}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="91" />
        <source>{name}: {value} is not one of {allowed}.</source>
        <translation>{name}: {value} är inte något av {allowed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="101" />
        <source>{name}: give a two-letter country code such as FI.</source>
        <translation>{name}: ange en landskod med två bokstäver, till exempel FI.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="108" />
        <source>{name} ({value}) cannot exceed {whole_name} ({whole}).</source>
        <translation>{name} ({value}) kan inte vara större än {whole_name} ({whole}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="195" />
        <source>Employees by gender add up to {value} but by contract type to {whole}; they should match.</source>
        <translation>Antalet anställda per kön blir {value} men per anställningsform {whole}; summorna ska stämma överens.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="215" />
        <source>{name}: {value} is not a year.</source>
        <translation>{name}: {value} är inget årtal.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="169" />
        <location filename="../../tender_helper/ui/documents_page.py" line="265" />
        <source>Choose the file first.</source>
        <translation>Välj filen först.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="260" />
        <source>Choose a company and a file first.</source>
        <translation>Välj först ett företag och en fil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="15" />
        <source>A file could not be read or written: {reason}</source>
        <translation>En fil kunde inte läsas eller skrivas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="17" />
        <source>Something unexpected went wrong: {reason}</source>
        <translation>Något oväntat gick fel: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="24" />
        <source>Tender Helper</source>
        <translation>Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="145" />
        <source>{name}: enter a number.</source>
        <translation>{name}: ange ett tal.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/export.py" line="30" />
        <source>The folder {name} cannot be created: {reason}</source>
        <translation>Mappen {name} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/files.py" line="66" />
        <source>The disk is full: {name} could not be saved. Free some space and try again.</source>
        <translation>Disken är full: {name} kunde inte sparas. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/files.py" line="70" />
        <source>{name} could not be saved in the document vault: {reason}</source>
        <translation>{name} kunde inte sparas i valvet: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="61" />
        <source>The stored reference of {name} is not a valid SHA-256 checksum.</source>
        <translation>Den sparade referensen för {name} är ingen giltig SHA-256-kontrollsumma.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="84" />
        <source>The stored copy of {name} points outside the document vault.</source>
        <translation>Den sparade kopian av {name} pekar utanför valvet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="93" />
        <source>The vault folder {name} is a link to elsewhere; it will not be used.</source>
        <translation>Valvmappen {name} är en länk till en annan plats; den används inte.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="106" />
        <source>{name} was not found; it may have been moved or deleted.</source>
        <translation>{name} hittades inte; filen kan ha flyttats eller tagits bort.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="113" />
        <source>{name} is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>{name} är en genväg (symbolisk länk); välj filen som den pekar på.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="127" />
        <source>{name} is not a regular file.</source>
        <translation>{name} är ingen vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="141" />
        <source>{name} is {size_mb} MB; the document vault accepts files up to {limit_mb} MB.</source>
        <translation>{name} är {size_mb} MB; valvet tar emot filer på högst {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="203" />
        <source>The stored copy of {name} is missing from the document vault.</source>
        <translation>Den sparade kopian av {name} saknas i valvet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="208" />
        <source>The stored copy of {name} cannot be opened: {reason}</source>
        <translation>Den sparade kopian av {name} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="215" />
        <source>The stored copy of {name} is not a regular file.</source>
        <translation>Den sparade kopian av {name} är ingen vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="222" />
        <source>The stored copy of {name} has changed on disk; its checksum no longer matches.</source>
        <translation>Den sparade kopian av {name} har ändrats på disken; kontrollsumman stämmer inte längre.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="186" />
        <source>{name}: {value} is not a date in the calendar.</source>
        <translation>{name}: {value} är inget giltigt kalenderdatum.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="192" />
        <source>{name}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>{name}: {value} är inte ett datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2025-03-31.</translation>
    </message>
</context>
<context>
    <name>ExpirySummary</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="56" />
        <source>No document expires within {days} days.</source>
        <translation>Inga dokument går ut inom {days} dagar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="59" />
        <source>{expired} expired, {expiring} expiring within {days} days.</source>
        <translation>{expired} har gått ut, {expiring} går ut inom {days} dagar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="75" />
        <source>expired {date}</source>
        <translation>gick ut {date}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="77" />
        <source>valid until {date} ({days} d)</source>
        <translation>giltig till {date} ({days} d)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="137" />
        <source>The report sums up the notice, the chosen lots, the bid/no-bid reasons, the checklist and the documents. The package is a zip of the report, the documents and a manifest with checksums.</source>
        <translation>Rapporten sammanfattar annonsen, de valda delområdena, skälen för och emot att lämna anbud, checklistan och dokumenten. Paketet är en zip-fil med rapporten, dokumenten och en förteckning med kontrollsummor.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="142" />
        <source>Save report (PDF)…</source>
        <translation>Spara rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="143" />
        <source>Save bid package (zip)…</source>
        <translation>Spara anbudspaket (zip)…</translation>
    </message>
</context>
<context>
    <name>ForYouPage</name>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="59" />
        <source>Only notices still open</source>
        <translation>Endast annonser som fortfarande är öppna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="61" />
        <source>Rank again</source>
        <translation>Rangordna igen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="62" />
        <source>Mark all seen</source>
        <translation>Markera alla som sedda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="101" />
        <source>For you</source>
        <translation>För dig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="103" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lägg först till ett företag på sidan Företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="105" />
        <source>For you: {name}</source>
        <translation>För dig: {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="169" />
        <source>{count} matching notices, {new} new since the last sync.</source>
        <translation>{count} matchande annonser, {new} nya sedan senaste synkroniseringen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="181" />
        <source>{count} new matching notices for {name}</source>
        <translation>{count} nya matchande annonser för {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="185" />
        <source>Tender Helper</source>
        <translation>Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="221" />
        <source>Dismissed; it stays away after the next sync.</source>
        <translation>Avfärdad; den visas inte heller efter nästa synkronisering.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="165" />
        <source>No notices match this profile yet.</source>
        <translation>Inga annonser matchar den här profilen ännu.</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="237" />
        <source>Export hand-off package</source>
        <translation>Exportera överlämningspaket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="250" />
        <source>Import hand-off package</source>
        <translation>Importera överlämningspaket</translation>
    </message>
</context>
<context>
    <name>HandoffReport</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="151" />
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="152" />
        <source>Search profile</source>
        <translation>Sökprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="153" />
        <source>Sessions</source>
        <translation>Rådgivningstillfällen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="154" />
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="155" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="156" />
        <source>Sustainability statements</source>
        <translation>Hållbarhetsrapporter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="157" />
        <source>Notices</source>
        <translation>Annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="158" />
        <source>Bids</source>
        <translation>Anbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="159" />
        <source>Checklist steps</source>
        <translation>Checkliststeg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="177" />
        <source>added</source>
        <translation>har lagts till</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="178" />
        <source>updated</source>
        <translation>har uppdaterats</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="179" />
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="180" />
        <source>kept yours</source>
        <translation>din version behölls</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="181" />
        <source>replaced by the package's</source>
        <translation>ersattes med paketets version</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="199" />
        <source>History of {title}</source>
        <translation>Historik för {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="208" />
        <source>Open this version</source>
        <translation>Öppna den här versionen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="36" />
        <source>See tenders</source>
        <translation>Visa upphandlingar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="54" />
        <source>Search profile</source>
        <translation>Sökprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="55" />
        <source>Tenders</source>
        <translation>Upphandlingar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="57" />
        <source>Active bids by next deadline</source>
        <translation>Pågående anbud efter nästa tidsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="59" />
        <source>Documents expired or expiring soon</source>
        <translation>Dokument som har gått ut eller snart går ut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="88" />
        <source>Overview — {name}</source>
        <translation>Översikt – {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="88" />
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="96" />
        <source>Start by adding your company on the Companies page.</source>
        <translation>Börja med att lägga till ditt företag på sidan Företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="97" />
        <source>Add a company</source>
        <translation>Lägg till företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="106" />
        <source>The search profile is empty. Choose what you sell (CPV codes), where you work and a few keywords, and Tender Helper ranks the tenders for you.</source>
        <translation>Sökprofilen är tom. Välj vad du säljer (CPV-koder), var du verkar och några sökord, så rangordnar Tender Helper upphandlingarna åt dig.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="110" />
        <source>Fill in the profile</source>
        <translation>Fyll i profilen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="113" />
        <source>CPV codes: {cpv} · Regions: {regions} · Keywords: {words}</source>
        <translation>CPV-koder: {cpv} · Regioner: {regions} · Sökord: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="117" />
        <source>Edit the profile</source>
        <translation>Redigera profilen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="123" />
        <source>No tenders saved yet. Update from TED, import notice files, or try the sample data.</source>
        <translation>Inga upphandlingar sparade ännu. Uppdatera från TED, importera annonsfiler eller prova exempeldata.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="126" />
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="127" />
        <source>{total} notices saved on this computer, {open} still open. Last update from TED: {when}.</source>
        <translation>{total} annonser sparade på den här datorn, varav {open} fortfarande öppna. Senaste uppdatering från TED: {when}.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="105" />
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="111" />
        <source>These could not be imported:</source>
        <translation>Följande kunde inte importeras:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="125" />
        <source>New notices: {new}. Updated: {updated}. Already in the cache: {unchanged}.</source>
        <translation>Nya annonser: {new}. Uppdaterade: {updated}. Redan sparade: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="129" />
        <source>The import was cancelled. So far: {counts}</source>
        <translation>Importen avbröts. Hittills: {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="132" />
        <source>Could not be imported: {count}.</source>
        <translation>Kunde inte importeras: {count}.</translation>
    </message>
</context>
<context>
    <name>LotRow</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="54" />
        <source>Fits the company</source>
        <translation>Passar företaget</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="54" />
        <source>Does not fit the company</source>
        <translation>Passar inte företaget</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="100" />
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="102" />
        <source>Company:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="123" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="124" />
        <source>&amp;About Tender Helper</source>
        <translation>&amp;Om Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="130" />
        <source>Database: {kind}</source>
        <translation>Databas: {kind}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="136" />
        <source>The database was updated; a copy of the old one is in {path}.</source>
        <translation>Databasen har uppdaterats; en kopia av den gamla finns i {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="143" />
        <source>No companies yet</source>
        <translation>Inga företag ännu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="159" />
        <source>Working on {name}.</source>
        <translation>Arbetar med {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="169" />
        <source>Settings saved. Some changes apply after a restart.</source>
        <translation>Inställningarna har sparats. Vissa ändringar börjar gälla efter en omstart.</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="86" />
        <source>New since last sync</source>
        <translation>Ny sedan senaste synkroniseringen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="93" />
        <source>Dismiss</source>
        <translation>Avfärda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="96" />
        <source>Don't show similar</source>
        <translation>Visa inte liknande</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="98" />
        <source>Dismiss, and rank lower the notices of this buyer or main CPV</source>
        <translation>Avfärda och ranka ned annonser från samma upphandlande organisation eller med samma huvudsakliga CPV-kod</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="100" />
        <source>Open bid</source>
        <translation>Öppna anbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="104" />
        <source>Bids come with a later version: there is no Bids page yet.</source>
        <translation>Anbud kommer i en senare version: det finns ingen anbudssida ännu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="119" />
        <source>{buyer} ({country}) · deadline {deadline} · {source_id}</source>
        <translation>{buyer} ({country}) · sista anbudsdag {deadline} · {source_id}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="126" />
        <source>Unstar</source>
        <translation>Ta bort stjärnmärkning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="126" />
        <source>Star</source>
        <translation>Stjärnmärk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="131" />
        <source>Lots: {fit} of {count} fit</source>
        <translation>Delområden: {fit} av {count} passar</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="19" />
        <source>CPV {code} ({label}) is one of yours</source>
        <translation>CPV {code} ({label}) är en av dina koder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="20" />
        <source>CPV {code} ({label}) is under your {profile_code}</source>
        <translation>CPV {code} ({label}) ligger under din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="21" />
        <source>CPV {code} ({label}) is broader than your {profile_code}</source>
        <translation>CPV {code} ({label}) är bredare än din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="22" />
        <source>CPV {code} ({label}) is in the same group as your {profile_code}</source>
        <translation>CPV {code} ({label}) ligger i samma grupp som din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="23" />
        <source>CPV {code} ({label}) is in the same division as your {profile_code}</source>
        <translation>CPV {code} ({label}) ligger i samma avdelning som din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="26" />
        <source>CPV {code} ({label}) is outside your codes</source>
        <translation>CPV {code} ({label}) ligger utanför dina koder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="27" />
        <source>Region {code} {label} is in your area</source>
        <translation>Regionen {code} {label} ligger i ditt område</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="28" />
        <source>Region {code} {label} includes your {profile_code}</source>
        <translation>Regionen {code} {label} omfattar din {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="29" />
        <source>In {country}, one of your countries</source>
        <translation>I {country}, ett av dina länder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="30" />
        <source>Outside your area ({country})</source>
        <translation>Utanför ditt område ({country})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="31" />
        <source>Words: {words}</source>
        <translation>Ord: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="32" />
        <source>Words of your CPV labels: {words}</source>
        <translation>Ord ur dina CPV-benämningar: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="33" />
        <source>Excluded word: {words}</source>
        <translation>Uteslutet ord: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="34" />
        <source>Estimated {value} fits your range</source>
        <translation>Uppskattat värde {value} ligger inom ditt intervall</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="35" />
        <source>Value {value} is below your smallest {limit}</source>
        <translation>Värdet {value} är under ditt lägsta {limit}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="36" />
        <source>Value {value} is above your largest {limit}</source>
        <translation>Värdet {value} är över ditt högsta {limit}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="37" />
        <source>Value {value} is far above your turnover ({turnover})</source>
        <translation>Värdet {value} är långt över företagets omsättning ({turnover})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="38" />
        <source>Deadline in {days} days</source>
        <translation>Sista anbudsdag om {days} dagar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="39" />
        <source>Only {days} days left</source>
        <translation>Bara {days} dagar kvar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="40" />
        <source>Deadline passed {days} days ago</source>
        <translation>Sista anbudsdag passerade för {days} dagar sedan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="41" />
        <source>Your profile does not ask for {kind} notices</source>
        <translation>Din profil omfattar inte annonstypen {kind}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="42" />
        <source>Cancelled by the buyer</source>
        <translation>Avbruten av den upphandlande organisationen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="43" />
        <source>Same buyer as a notice you dismissed ({buyer})</source>
        <translation>Samma upphandlande organisation som en annons du har avfärdat ({buyer})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="44" />
        <source>Same main CPV as a notice you dismissed ({code})</source>
        <translation>Samma huvudsakliga CPV-kod som en annons du har avfärdat ({code})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="45" />
        <source>The notice lists no lots; it is scored as a whole</source>
        <translation>Annonsen anger inga delområden; den poängsätts som helhet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="46" />
        <source>Text in {languages} is compared word for word, without stemming</source>
        <translation>Text på {languages} jämförs ord för ord, utan hänsyn till böjningsformer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="47" />
        <source>The notice has no text to compare words with</source>
        <translation>Annonsen har ingen text att jämföra ord med</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="49" />
        <source>Nothing can be ranked: the search profile is empty. Add CPV codes, keywords, regions or countries on the Search profile page.</source>
        <translation>Inget kan rangordnas: sökprofilen är tom. Lägg till CPV-koder, sökord, regioner eller länder på sidan Sökprofil.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="54" />
        <source>Keyword '{word}' has only common words or symbols, so it cannot find anything</source>
        <translation>Sökordet ”{word}” består bara av vanliga ord eller tecken och kan därför inte ge några träffar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="57" />
        <source>No stored notice uses your CPV codes {codes} or codes under them</source>
        <translation>Ingen sparad annons använder dina CPV-koder {codes} eller koder under dem</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="58" />
        <source>There are no notices yet: import or sync notices first</source>
        <translation>Det finns inga annonser ännu: importera eller synkronisera annonser först</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="59" />
        <source>No stored notice shares a CPV code, a keyword or a region with the profile</source>
        <translation>Ingen sparad annons har någon CPV-kod, något sökord eller någon region gemensam med profilen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="64" />
        <source>call for tender</source>
        <translation>upphandlingsannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="65" />
        <source>prior information</source>
        <translation>förhandsannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="66" />
        <source>award</source>
        <translation>efterannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="67" />
        <source>change</source>
        <translation>ändringsannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="68" />
        <source>other</source>
        <translation>övriga</translation>
    </message>
</context>
<context>
    <name>NoticeDetail</name>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="76" />
        <source>Sample data: a real past notice with its dates moved near today. It is not open for tenders.</source>
        <translation>Exempeldata: en verklig tidigare annons där datumen har flyttats till nära dagens datum. Den är inte öppen för anbud.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="82" />
        <source>This procedure was cancelled by the buyer.</source>
        <translation>Upphandlingen har avbrutits av den upphandlande organisationen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="86" />
        <source>Open on TED</source>
        <translation>Öppna i TED</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="87" />
        <source>Open documents</source>
        <translation>Öppna förfrågningsunderlaget</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="88" />
        <source>Prepare a bid…</source>
        <translation>Förbered anbud…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="123" />
        <source>Choose a notice.</source>
        <translation>Välj en annons.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="137" />
        <source>Buyer</source>
        <translation>Upphandlande organisation</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="138" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="139" />
        <source>Kind</source>
        <translation>Annonstyp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="140" />
        <source>Procedure</source>
        <translation>Förfarande</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="141" />
        <source>Contract</source>
        <translation>Kontraktstyp</translation>
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
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="144" />
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="145" />
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="146" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="173" />
        <source>Tender deadline</source>
        <translation>Sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="147" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="174" />
        <source>Requests to participate by</source>
        <translation>Sista dag för ansökan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="148" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="172" />
        <source>Estimated value</source>
        <translation>Uppskattat värde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="149" />
        <source>Notice</source>
        <translation>Annons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="154" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="157" />
        <source>Lots ({count})</source>
        <translation>Delområden ({count})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="162" />
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="168" />
        <source>Lot {id}</source>
        <translation>Delområde {id}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="212" />
        <source>Deadline of lot {lot} moved from {old} to {new}.</source>
        <translation>Sista anbudsdag för delområde {lot} flyttades från {old} till {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="213" />
        <source>Deadline moved from {old} to {new}.</source>
        <translation>Sista anbudsdag flyttades från {old} till {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="215" />
        <source>Lot {lot} was added.</source>
        <translation>Delområde {lot} lades till.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="217" />
        <source>Lot {lot} was removed.</source>
        <translation>Delområde {lot} togs bort.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="220" />
        <source>Estimated value changed from {old} to {new}.</source>
        <translation>Det uppskattade värdet ändrades från {old} till {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="222" />
        <source>The title was changed.</source>
        <translation>Titeln ändrades.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="225" />
        <source>CPV codes changed from {old} to {new}.</source>
        <translation>CPV-koderna ändrades från {old} till {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="227" />
        <source>The buyer cancelled the procedure.</source>
        <translation>Den upphandlande organisationen avbröt upphandlingen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="229" />
        <source>The buyer published a correction.</source>
        <translation>Den upphandlande organisationen publicerade en rättelse.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="230" />
        <source>The notice was changed.</source>
        <translation>Annonsen ändrades.</translation>
    </message>
</context>
<context>
    <name>NoticeFilters</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="85" />
        <source>Search titles, descriptions and buyers…</source>
        <translation>Sök i titlar, beskrivningar och upphandlande organisationer…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="87" />
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="91" />
        <source>All kinds</source>
        <translation>Alla annonstyper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="96" />
        <source>CPV, e.g. 9091</source>
        <translation>CPV, t.ex. 9091</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="97" />
        <source>Type the start of a CPV code, or several separated by commas</source>
        <translation>Skriv början av en CPV-kod, eller flera åtskilda med kommatecken</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="98" />
        <source>CPV tree…</source>
        <translation>CPV-träd…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="99" />
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="100" />
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="41" />
        <source>Calls for tender</source>
        <translation>Upphandlingsannonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="42" />
        <source>Prior information notices</source>
        <translation>Förhandsannonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="43" />
        <source>Market consultations</source>
        <translation>Marknadsdialoger</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="44" />
        <source>Award notices (market intelligence)</source>
        <translation>Efterannonser (omvärldsbevakning)</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="40" />
        <source>Call for tender</source>
        <translation>Upphandlingsannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="41" />
        <source>Prior information</source>
        <translation>Förhandsannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="42" />
        <source>Award</source>
        <translation>Efterannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="43" />
        <source>Change</source>
        <translation>Ändringsannons</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="44" />
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="58" />
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="61" />
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="63" />
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="64" />
        <source>in {days} days</source>
        <translation>om {days} dagar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="71" />
        <source>Sample data</source>
        <translation>Exempeldata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="73" />
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="76" />
        <source>Deadline moved</source>
        <translation>Sista anbudsdag flyttad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="78" />
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="268" />
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="317" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="318" />
        <source>Buyer</source>
        <translation>Upphandlande organisation</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="319" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="320" />
        <source>Deadline</source>
        <translation>Sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="321" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="322" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="323" />
        <source>Published</source>
        <translation>Publicerad</translation>
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
        <translation>Uppdatera upphandlingar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="65" />
        <source>Import notices…</source>
        <translation>Importera annonser…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="119" />
        <source>Files or TED packages…</source>
        <translation>Filer eller TED-paket…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="120" />
        <source>A folder…</source>
        <translation>En mapp…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="124" />
        <source>Notices</source>
        <translation>Annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="177" />
        <source>&amp;Update tenders</source>
        <translation>&amp;Uppdatera upphandlingar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="178" />
        <source>&amp;Import notices…</source>
        <translation>&amp;Importera annonser…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="179" />
        <source>Import a &amp;folder of notices…</source>
        <translation>Importera en &amp;mapp med annonser…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="215" />
        <source>{count} notices in the cache</source>
        <translation>{count} sparade annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="217" />
        <source>Showing {shown} of {total} notices</source>
        <translation>Visar {shown} av {total} annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="282" />
        <source>Updating tenders from TED…</source>
        <translation>Uppdaterar upphandlingar från TED…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="285" />
        <source>New notices: {new}. Changed: {changed}.</source>
        <translation>Nya annonser: {new}. Ändrade: {changed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="287" />
        <source>Update cancelled. {counts}</source>
        <translation>Uppdateringen avbröts. {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="289" />
        <source>The update stopped early: {reason} {counts}</source>
        <translation>Uppdateringen avbröts i förtid: {reason} {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="293" />
        <source>Tenders updated. {counts}</source>
        <translation>Upphandlingarna har uppdaterats. {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="295" />
        <source>Not downloaded, tried again next time: {count}.</source>
        <translation>Inte hämtade, nytt försök nästa gång: {count}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="306" />
        <source>Import notices</source>
        <translation>Importera annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="308" />
        <source>Notices and TED packages (*.xml *.tar.gz *.tgz *.tar);;All files (*)</source>
        <translation>Annonser och TED-paket (*.xml *.tar.gz *.tgz *.tar);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="314" />
        <source>Import a folder of notices</source>
        <translation>Importera en mapp med annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="328" />
        <source>Importing notices…</source>
        <translation>Importerar annonser…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="354" />
        <source>Loading sample data…</source>
        <translation>Läser in exempeldata…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="358" />
        <source>Removing sample data…</source>
        <translation>Tar bort exempeldata…</translation>
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
        <translation>Sök region, t.ex. Uusimaa, Skåne, Vestland</translation>
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
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="75" />
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="83" />
        <source>Stopping after the current step…</source>
        <translation>Avbryter efter det pågående steget…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="398" />
        <source>Bids</source>
        <translation>Anbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="163" />
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="384" />
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="248" />
        <source>For you</source>
        <translation>För dig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="134" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="387" />
        <source>Notices</source>
        <translation>Annonser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="216" />
        <source>Search profile</source>
        <translation>Sökprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="353" />
        <source>Advice sessions</source>
        <translation>Rådgivningstillfällen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="344" />
        <source>Sustainability</source>
        <translation>Hållbarhet</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="44" />
        <source>Hand-off package passphrase</source>
        <translation>Lösenfras för överlämningspaketet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="52" />
        <source>Passphrase:</source>
        <translation>Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="54" />
        <source>Repeat:</source>
        <translation>Upprepa:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="55" />
        <source>Give the passphrase to the entrepreneur by another way than the file (phone, in person).</source>
        <translation>Ge lösenfrasen till företagaren på annat sätt än filen (per telefon eller personligen).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="57" />
        <source>The passphrase the adviser gave you with the package.</source>
        <translation>Lösenfrasen som rådgivaren gav dig tillsammans med paketet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="72" />
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Lösenfrasen måste ha minst {count} tecken.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="75" />
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="77" />
        <source>Enter the passphrase.</source>
        <translation>Ange lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="56" />
        <source>Reading the CPV list…</source>
        <translation>Läser in CPV-listan…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="62" />
        <source>e.g. siivous, städning, cleaning</source>
        <translation>t.ex. siivous, städning, cleaning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="64" />
        <source>e.g. asbesti, asbest</source>
        <translation>t.ex. asbesti, asbest</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="69" />
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="74" />
        <source>Save profile</source>
        <translation>Spara profil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="86" />
        <source>Products and services (CPV)</source>
        <translation>Varor och tjänster (CPV)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="87" />
        <source>Regions and countries</source>
        <translation>Regioner och länder</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="88" />
        <source>Words, size and timing</source>
        <translation>Ord, storlek och tidsfrister</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="100" />
        <source>Choose the CPV codes of what you sell. Buyers classify every notice with them.</source>
        <translation>Välj CPV-koder för det du säljer. Upphandlande organisationer klassificerar varje annons med dem.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="119" />
        <source>Where you can deliver (place of performance)</source>
        <translation>Var du kan leverera (plats för utförande)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="121" />
        <source>Buyer countries to watch</source>
        <translation>Bevakade länder (upphandlande organisationer)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="133" />
        <source>Keywords (any language, comma-separated)</source>
        <translation>Sökord (valfritt språk, kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="134" />
        <source>Excluded words</source>
        <translation>Uteslutna ord</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="135" />
        <source>Smallest contract value (EUR)</source>
        <translation>Lägsta kontraktsvärde (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="136" />
        <source>Largest contract value (EUR)</source>
        <translation>Högsta kontraktsvärde (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="137" />
        <source>Fewest days left to the deadline</source>
        <translation>Minst antal dagar kvar till sista anbudsdag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="143" />
        <source>Notice kinds</source>
        <translation>Annonstyper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="152" />
        <source>Search profile</source>
        <translation>Sökprofil</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="153" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lägg först till ett företag på sidan Företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="155" />
        <source>Search profile of {name}</source>
        <translation>Sökprofil för {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="210" />
        <source>Search profile saved.</source>
        <translation>Sökprofilen har sparats.</translation>
    </message>
</context>
<context>
    <name>RunningTimerDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="192" />
        <source>A session timer is still running</source>
        <translation>En tidtagning för ett rådgivningstillfälle pågår fortfarande</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="195" />
        <source>The timer of the session with {name} has been running since {since}. Was the app closed during the session?</source>
        <translation>Tidtagningen för rådgivningstillfället med {name} har pågått sedan {since}. Stängdes programmet under rådgivningstillfället?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="202" />
        <source>Keep running</source>
        <translation>Låt den fortsätta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="203" />
        <source>Stop and count the time</source>
        <translation>Stoppa och räkna med tiden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="204" />
        <source>Stop without counting</source>
        <translation>Stoppa utan att räkna med tiden</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="70" />
        <source>You are looking at sample data. Sample notices are marked and can be removed at any time.</source>
        <translation>Du tittar på exempeldata. Exempelannonserna är märkta och kan tas bort när som helst.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="73" />
        <source>Remove sample data</source>
        <translation>Ta bort exempeldata</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="100" />
        <source>Sample data loaded: {count} notices and the sample company {name}.</source>
        <translation>Exempeldata har lästs in: {count} annonser och exempelföretaget {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="112" />
        <source>Remove sample data</source>
        <translation>Ta bort exempeldata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="113" />
        <source>Remove the sample notices and the sample company? Your own notices and companies stay.</source>
        <translation>Vill du ta bort exempelannonserna och exempelföretaget? Dina egna annonser och företag finns kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="134" />
        <source>Sample data removed (notices: {notices}, companies: {companies}).</source>
        <translation>Exempeldata har tagits bort (annonser: {notices}, företag: {companies}).</translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="32" />
        <source>No notices yet</source>
        <translation>Inga annonser ännu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="35" />
        <source>Tender Helper keeps the notices it finds on this computer, so you can search them even offline. Download the current calls for tender from TED, import notice files you already have, or first look around with sample notices and a sample cleaning company.</source>
        <translation>Tender Helper sparar de annonser som hittas på den här datorn, så att du kan söka i dem även utan internetanslutning. Hämta aktuella upphandlingsannonser från TED, importera annonsfiler som du redan har eller bekanta dig först med programmet med hjälp av exempelannonser och ett exempelföretag inom städning.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="43" />
        <source>Try with sample data</source>
        <translation>Prova med exempeldata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="44" />
        <source>Update tenders</source>
        <translation>Uppdatera upphandlingar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="45" />
        <source>Import notices…</source>
        <translation>Importera annonser…</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="66" />
        <source>New session</source>
        <translation>Nytt rådgivningstillfälle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="67" />
        <source>Save session</source>
        <translation>Spara rådgivningstillfälle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="68" />
        <source>Summary PDF…</source>
        <translation>Sammanfattning som PDF…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="69" />
        <source>Presentation mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="71" />
        <source>Export hand-off…</source>
        <translation>Exportera överlämningspaket…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="72" />
        <source>Import hand-off…</source>
        <translation>Importera överlämningspaket…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="75" />
        <location filename="../../tender_helper/ui/session_editor.py" line="177" />
        <source>Start timer</source>
        <translation>Starta timer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="103" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="120" />
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uppföljningar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="142" />
        <source>Timer:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="143" />
        <source>Started:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="144" />
        <source>Duration:</source>
        <translation>Längd:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="148" />
        <source>Topics:</source>
        <translation>Ämnen:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="149" />
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="177" />
        <source>Stop timer</source>
        <translation>Stoppa timer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="182" />
        <source>Running {clock} (+{minutes} min counted)</source>
        <translation>Pågår {clock} (+{minutes} min räknade)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="194" />
        <source>Write the start as YYYY-MM-DD HH:MM.</source>
        <translation>Skriv starttiden som ÅÅÅÅ-MM-DD TT:MM.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="206" />
        <source>Write the due date as YYYY-MM-DD.</source>
        <translation>Skriv datumet i Senast som ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="35" />
        <source>Finding tenders</source>
        <translation>Hitta upphandlingar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="36" />
        <source>Reading a tender</source>
        <translation>Läsa ett förfrågningsunderlag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="37" />
        <source>ESPD</source>
        <translation>ESPD-formuläret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="38" />
        <source>Pricing</source>
        <translation>Prissättning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="39" />
        <source>Sustainability statement</source>
        <translation>Hållbarhetsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="40" />
        <source>E-tendering systems</source>
        <translation>Elektroniska upphandlingssystem</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="41" />
        <source>Documents</source>
        <translation>Dokument och intyg</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="84" />
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="86" />
        <source>Save allowance</source>
        <translation>Spara timbudget</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="105" />
        <source>Advice allowance:</source>
        <translation>Timbudget för rådgivning:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="106" />
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="144" />
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="145" />
        <source>Hours used / allowed</source>
        <translation>Använda timmar / timbudget</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="146" />
        <source>Open follow-ups</source>
        <translation>Öppna uppföljningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="147" />
        <source>Next due</source>
        <translation>Nästa tidsfrist</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="148" />
        <source>Active bids</source>
        <translation>Pågående anbud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="149" />
        <source>Expiring documents</source>
        <translation>Dokument som snart går ut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="162" />
        <source>Add a client company on the Companies page first.</source>
        <translation>Lägg först till ett kundföretag på sidan Företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="175" />
        <source>Used {used} of {allowed}; {left} left.</source>
        <translation>Använt {used} av {allowed}; {left} kvar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="175" />
        <source>Used {used}.</source>
        <translation>Använt {used}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="265" />
        <source>Session saved.</source>
        <translation>Rådgivningstillfället har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="322" />
        <source>Save session summary</source>
        <translation>Spara sammanfattning av rådgivningen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="331" />
        <location filename="../../tender_helper/ui/sessions_page.py" line="339" />
        <source>Wrote {path}.</source>
        <translation>{path} har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="344" />
        <source>Nothing had changed.</source>
        <translation>Inget hade ändrats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="346" />
        <source>Hand-off imported</source>
        <translation>Överlämningspaketet har importerats</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="35" />
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="41" />
        <source>Open folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="44" />
        <source>Empty: the database file in the data folder</source>
        <translation>Tomt: databasfilen i datamappen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="51" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="55" />
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="56" />
        <source>Database address</source>
        <translation>Databasadress</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="58" />
        <source>An advisers' office can share one PostgreSQL database, e.g. postgresql+psycopg://adviser@server/tenderhelper. Language and database changes apply when Tender Helper starts next time.</source>
        <translation>En rådgivarbyrå kan dela en gemensam PostgreSQL-databas, t.ex. postgresql+psycopg://adviser@server/tenderhelper. Ändringar av språk och databas gäller från nästa gång Tender Helper startas.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="63" />
        <source>The environment variable {name} overrides this setting now.</source>
        <translation>Miljövariabeln {name} åsidosätter just nu den här inställningen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="85" />
        <source>This database address cannot be used: {reason}</source>
        <translation>Databasadressen kan inte användas: {reason}</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="64" />
        <source>Micro (under 10 staff)</source>
        <translation>Mikro (under 10 anställda)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="65" />
        <source>Small (under 50 staff)</source>
        <translation>Litet (under 50 anställda)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="66" />
        <source>Medium (under 250 staff)</source>
        <translation>Medelstort (under 250 anställda)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="67" />
        <source>Large</source>
        <translation>Stort</translation>
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
        <translation>Lätt eldningsolja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="34" />
        <source>Natural gas</source>
        <translation>Naturgas</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="35" />
        <source>LPG (liquefied petroleum gas)</source>
        <translation>Gasol (LPG)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="36" />
        <source>HVO renewable diesel</source>
        <translation>HVO (förnybar diesel)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="25" />
        <source>B1 Basis for preparation</source>
        <translation>B1 Grund för upprättande</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="26" />
        <source>B2 Practices, policies and future initiatives</source>
        <translation>B2 Praxis, policyer och framtida initiativ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="27" />
        <source>B3 Energy and greenhouse gas emissions</source>
        <translation>B3 Energi och växthusgasutsläpp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="28" />
        <source>B4 Pollution of air, water and soil</source>
        <translation>B4 Föroreningar av luft, vatten och mark</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="29" />
        <source>B5 Biodiversity</source>
        <translation>B5 Biologisk mångfald</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="30" />
        <source>B6 Water</source>
        <translation>B6 Vatten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="31" />
        <source>B7 Resource use, circular economy and waste management</source>
        <translation>B7 Resursanvändning, cirkulär ekonomi och avfallshantering</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="32" />
        <source>B8 Workforce: general characteristics</source>
        <translation>B8 Personal: allmänna uppgifter</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="33" />
        <source>B9 Workforce: health and safety</source>
        <translation>B9 Personal: hälsa och säkerhet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="34" />
        <source>B10 Workforce: remuneration, collective bargaining and training</source>
        <translation>B10 Personal: ersättning, kollektivavtal och utbildning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="35" />
        <source>B11 Convictions and fines for corruption and bribery</source>
        <translation>B11 Domar och böter för korruption och mutor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="39" />
        <source>Climate change</source>
        <translation>Klimatförändringar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="40" />
        <source>Pollution</source>
        <translation>Föroreningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="41" />
        <source>Water and marine resources</source>
        <translation>Vatten och marina resurser</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="42" />
        <source>Biodiversity and ecosystems</source>
        <translation>Biologisk mångfald och ekosystem</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="43" />
        <source>Resource use and circular economy</source>
        <translation>Resursanvändning och cirkulär ekonomi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="44" />
        <source>Own workforce</source>
        <translation>Egen personal</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="45" />
        <source>Workers in the value chain</source>
        <translation>Arbetstagare i värdekedjan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="46" />
        <source>Affected communities</source>
        <translation>Berörda samhällen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="47" />
        <source>Consumers and end-users</source>
        <translation>Konsumenter och slutanvändare</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="48" />
        <source>Business conduct</source>
        <translation>Affärsetik</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="53" />
        <source>Reporting year</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="55" />
        <source>The financial year the statement covers, e.g. 2024.</source>
        <translation>Räkenskapsåret som rapporten avser, t.ex. 2024.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="58" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="60" />
        <source>Basic Module only, or Basic and Comprehensive Module.</source>
        <translation>Endast grundmodulen, eller grundmodulen och den utökade modulen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="63" />
        <source>Basis</source>
        <translation>Rapporteringsgrund</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="65" />
        <source>Individual: this company only. Consolidated: the company and its subsidiaries.</source>
        <translation>Enskilt: endast detta företag. Koncern: företaget och dess dotterbolag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="70" />
        <source>Subsidiaries included</source>
        <translation>Ingående dotterbolag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="72" />
        <source>Names of subsidiaries in a consolidated statement.</source>
        <translation>Dotterbolagens namn i en koncernrapport.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="75" />
        <source>Information omitted</source>
        <translation>Utelämnad information</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="77" />
        <source>Say which classified or sensitive information is left out, if any.</source>
        <translation>Ange vilken sekretessbelagd eller känslig information som har utelämnats, om någon.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="80" />
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="82" />
        <source>E.g. limited company (Oy, AB, AS) or partnership.</source>
        <translation>T.ex. aktiebolag (Oy, AB, AS) eller handelsbolag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="85" />
        <source>NACE sector codes</source>
        <translation>Branschkoder (NACE)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="87" />
        <source>The NACE codes of your main activities, e.g. 43.21.</source>
        <translation>NACE-koderna för din huvudsakliga verksamhet, t.ex. 43.21.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="90" />
        <source>Balance sheet total</source>
        <translation>Balansomslutning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="92" />
        <source>From the latest financial statements.</source>
        <translation>Enligt den senaste årsredovisningen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="95" />
        <source>Turnover</source>
        <translation>Omsättning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="97" />
        <source>Net turnover of the reporting year.</source>
        <translation>Nettoomsättning under rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="100" />
        <source>Number of employees</source>
        <translation>Antal anställda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="102" />
        <source>At year end, as headcount or full-time equivalents.</source>
        <translation>Vid årets slut, som antal personer eller heltidsekvivalenter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="105" />
        <source>Employees counted as</source>
        <translation>Anställda räknas som</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="107" />
        <source>Headcount or full-time equivalents (FTE).</source>
        <translation>Antal personer eller heltidsekvivalenter (FTE).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="110" />
        <source>Country of primary operations</source>
        <translation>Huvudsakligt verksamhetsland</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="112" />
        <source>Two-letter code, e.g. FI, SE or NO.</source>
        <translation>Landskod med två bokstäver, t.ex. FI, SE eller NO.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="115" />
        <source>Sites</source>
        <translation>Anläggningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="117" />
        <source>Offices, depots and workshops, with address and, if known, coordinates.</source>
        <translation>Kontor, lager och verkstäder med adress och, om de är kända, koordinater.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="120" />
        <source>Sustainability certifications and labels</source>
        <translation>Hållbarhetscertifieringar och märkningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="122" />
        <source>E.g. ISO 14001, EMAS, Nordic Swan Ecolabel.</source>
        <translation>T.ex. ISO 14001, EMAS, Svanenmärkt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="125" />
        <source>Practices</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="127" />
        <source>What you actually do on this topic. 'None in place' is an acceptable answer.</source>
        <translation>Vad du faktiskt gör inom området. ”Inget på plats” är ett godtagbart svar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="132" />
        <source>Written policy</source>
        <translation>Skriftlig policy</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="134" />
        <source>Is there a written policy on this topic?</source>
        <translation>Finns det en skriftlig policy för området?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="137" />
        <source>Policy publicly available</source>
        <translation>Policyn är offentlig</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="139" />
        <source>Can anyone read the policy, e.g. on your website?</source>
        <translation>Kan vem som helst läsa policyn, t.ex. på din webbplats?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="142" />
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="144" />
        <source>Have you set targets or planned future initiatives?</source>
        <translation>Har du satt upp mål eller planerat framtida initiativ?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="147" />
        <source>Targets and future initiatives</source>
        <translation>Mål och framtida initiativ</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="149" />
        <source>Describe the targets and when you aim to meet them.</source>
        <translation>Beskriv målen och när du räknar med att nå dem.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="152" />
        <source>Electricity consumption</source>
        <translation>Elförbrukning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="154" />
        <source>Total purchased electricity of the year; see your invoices.</source>
        <translation>All köpt el under året; se dina fakturor.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="157" />
        <source>of which renewable</source>
        <translation>varav förnybar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="159" />
        <source>Electricity bought with guarantees of origin or produced on site.</source>
        <translation>El som köpts med ursprungsgarantier eller producerats på plats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="162" />
        <source>District heat</source>
        <translation>Fjärrvärme</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="164" />
        <source>Purchased district heating; see your invoices.</source>
        <translation>Köpt fjärrvärme; se dina fakturor.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="167" />
        <source>Fuels</source>
        <translation>Bränslen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="169" />
        <source>Fuels burnt in your own vehicles, machines and boilers. Add none if none.</source>
        <translation>Bränslen som förbränns i egna fordon, maskiner och pannor. Lägg inte till några rader om det inte finns några.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="174" />
        <source>Fuel</source>
        <translation>Bränsle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="174" />
        <source>Choose the fuel.</source>
        <translation>Välj bränsle.</translation>
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
        <translation>Enheten på fakturan eller i tankkortsrapporten.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="182" />
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="33" />
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="184" />
        <source>Amount used in the reporting year.</source>
        <translation>Förbrukad mängd under rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="187" />
        <source>Other direct emissions</source>
        <translation>Övriga direkta utsläpp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="189" />
        <source>E.g. refrigerant leaks; leave empty if you have none.</source>
        <translation>T.ex. läckage av köldmedier; lämna tomt om du inte har några.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="192" />
        <source>Electricity grid country</source>
        <translation>Elnätets land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="194" />
        <source>Country whose grid average is used; by default your B1 country.</source>
        <translation>Land vars genomsnitt för elnätet används; som standard landet i B1.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="197" />
        <source>Pollutant reporting applies</source>
        <translation>Rapportering av föroreningar gäller</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="199" />
        <source>Yes if law or your environmental management system already requires you to report pollutants.</source>
        <translation>Ja, om lag eller ditt miljöledningssystem redan kräver att du rapporterar föroreningar.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="205" />
        <source>Pollutant emissions</source>
        <translation>Utsläpp av föroreningar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="207" />
        <source>Each pollutant and the medium it is released to.</source>
        <translation>Varje förorening och var den släpps ut.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="210" />
        <source>Pollutant</source>
        <translation>Förorening</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="212" />
        <source>E.g. NOx, particulate matter, VOC.</source>
        <translation>T.ex. NOx, partiklar, VOC.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="215" />
        <source>Released to</source>
        <translation>Släpps ut i</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="217" />
        <source>Air, water or soil.</source>
        <translation>Luft, vatten eller mark.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="220" />
        <location filename="../../tender_helper/sustainability/fields.py" line="295" />
        <source>Amount</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="222" />
        <source>Amount released in the reporting year.</source>
        <translation>Utsläppt mängd under rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="225" />
        <source>Notes</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="227" />
        <source>Anything a reader needs to understand the figures.</source>
        <translation>Allt som läsaren behöver för att förstå siffrorna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="230" />
        <source>Sites in or near biodiversity-sensitive areas</source>
        <translation>Anläggningar i eller nära områden som är känsliga för biologisk mångfald</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="232" />
        <source>E.g. Natura 2000 areas next to a site.</source>
        <translation>T.ex. Natura 2000-områden intill en anläggning.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="235" />
        <source>Area of those sites</source>
        <translation>Dessa anläggningars yta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="237" />
        <source>Total area of the sites counted above.</source>
        <translation>Total yta för anläggningarna ovan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="240" />
        <source>Total use of land</source>
        <translation>Total markanvändning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="242" />
        <source>Land area you own or lease.</source>
        <translation>Markyta som du äger eller hyr.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="245" />
        <source>Total sealed area</source>
        <translation>Total hårdgjord yta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="247" />
        <source>Buildings, asphalt and other sealed surfaces.</source>
        <translation>Byggnader, asfalt och andra hårdgjorda ytor.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="250" />
        <source>Nature-oriented area on site</source>
        <translation>Naturområde på anläggningen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="252" />
        <source>Areas kept or restored mainly for nature, on your sites.</source>
        <translation>Ytor på dina anläggningar som främst bevaras eller återställs för naturen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="255" />
        <source>Nature-oriented area off site</source>
        <translation>Naturområde på annan plats</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="257" />
        <source>Nature areas you own or manage elsewhere.</source>
        <translation>Naturområden som du äger eller förvaltar på annan plats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="260" />
        <source>Total water withdrawal</source>
        <translation>Totalt vattenuttag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="262" />
        <source>Water taken in; see the water bills.</source>
        <translation>Uttaget vatten; se vattenräkningarna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="265" />
        <source>Withdrawal in areas of high water stress</source>
        <translation>Vattenuttag i områden med hög vattenstress</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="267" />
        <source>Rare in the Nordic countries; 0 if none.</source>
        <translation>Ovanligt i Norden; 0 om inget.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="270" />
        <source>Water consumption</source>
        <translation>Vattenförbrukning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="272" />
        <source>Withdrawal minus discharge, if your processes use significant water.</source>
        <translation>Uttag minus utsläppt vatten, om dina processer använder betydande mängder vatten.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="275" />
        <source>Circular economy principles</source>
        <translation>Principer för cirkulär ekonomi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="277" />
        <source>E.g. repair, reuse, recycled materials, product durability.</source>
        <translation>T.ex. reparation, återanvändning, återvunnet material, produkternas livslängd.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="280" />
        <source>Waste</source>
        <translation>Avfall</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="282" />
        <source>Waste by type. Add none if the year produced no waste worth reporting.</source>
        <translation>Avfall per avfallsslag. Lägg inte till några rader om året inte gav något avfall värt att rapportera.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="285" />
        <source>Waste type</source>
        <translation>Avfallsslag</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="287" />
        <source>E.g. mixed construction waste, metal, cardboard.</source>
        <translation>T.ex. blandat byggavfall, metall, kartong.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="290" />
        <source>Hazardous</source>
        <translation>Farligt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="292" />
        <source>Hazardous or radioactive waste.</source>
        <translation>Farligt eller radioaktivt avfall.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="297" />
        <source>Tonnes generated; see the waste company's reports.</source>
        <translation>Uppkommen mängd i ton; se avfallsbolagets rapporter.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="300" />
        <source>Diverted to recycling or reuse</source>
        <translation>Till återvinning eller återanvändning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="302" />
        <source>Part of the amount not disposed of.</source>
        <translation>Den del av mängden som inte gått till bortskaffande.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="305" />
        <source>Key material flows</source>
        <translation>Viktiga materialflöden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="307" />
        <source>Main materials you use and their annual mass, if relevant.</source>
        <translation>De viktigaste materialen du använder och deras vikt per år, om relevant.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="310" />
        <source>Permanent employees</source>
        <translation>Tillsvidareanställda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="312" />
        <location filename="../../tender_helper/sustainability/fields.py" line="317" />
        <location filename="../../tender_helper/sustainability/fields.py" line="320" />
        <location filename="../../tender_helper/sustainability/fields.py" line="323" />
        <location filename="../../tender_helper/sustainability/fields.py" line="328" />
        <source>Headcount at year end.</source>
        <translation>Antal personer vid årets slut.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="315" />
        <source>Temporary employees</source>
        <translation>Visstidsanställda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="320" />
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="323" />
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="326" />
        <source>Other or not reported</source>
        <translation>Annat eller ej angivet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="331" />
        <source>Employees by country</source>
        <translation>Anställda per land</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="333" />
        <source>Only if you employ people in more than one country.</source>
        <translation>Endast om du har anställda i fler än ett land.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="336" />
        <source>Employee turnover rate</source>
        <translation>Personalomsättning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="338" />
        <source>Leavers divided by average headcount; from 50 employees up.</source>
        <translation>Antal som slutat delat med genomsnittligt antal anställda; från 50 anställda.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="341" />
        <source>Recordable work accidents</source>
        <translation>Registrerade arbetsolyckor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="343" />
        <source>Accidents at work recorded in the year.</source>
        <translation>Arbetsolyckor som registrerats under året.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="346" />
        <source>Hours worked</source>
        <translation>Arbetade timmar</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="348" />
        <source>Total hours worked by employees; used for the accident rate.</source>
        <translation>De anställdas totalt arbetade timmar; används för olycksfrekvensen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="351" />
        <source>Fatalities</source>
        <translation>Dödsfall</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="353" />
        <source>Deaths from work-related injuries and ill health.</source>
        <translation>Dödsfall till följd av arbetsskador och arbetsrelaterad ohälsa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="356" />
        <source>All employees paid an adequate wage</source>
        <translation>Alla anställda får skälig lön</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="358" />
        <source>At least the collective agreement or minimum wage.</source>
        <translation>Minst kollektivavtalsenlig lön eller minimilön.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="361" />
        <source>Unadjusted gender pay gap</source>
        <translation>Ojusterad löneskillnad mellan könen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="363" />
        <source>(Men's - women's average pay) / men's average pay; from 150 up.</source>
        <translation>(Mäns medellön − kvinnors medellön) / mäns medellön; från 150 anställda.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="366" />
        <source>Employees covered by collective agreements</source>
        <translation>Anställda som omfattas av kollektivavtal</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="368" />
        <source>Share of employees, 0-100.</source>
        <translation>Andel av de anställda, 0–100.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="371" />
        <source>Training per employee</source>
        <translation>Utbildning per anställd</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="373" />
        <source>Average annual training hours per employee.</source>
        <translation>Genomsnittligt antal utbildningstimmar per anställd och år.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="376" />
        <source>Convictions for corruption or bribery</source>
        <translation>Domar för korruption eller mutor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="378" />
        <source>Number in the reporting year.</source>
        <translation>Antal under rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="381" />
        <source>Fines for corruption or bribery</source>
        <translation>Böter för korruption eller mutor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="383" />
        <source>Total amount in the reporting year.</source>
        <translation>Total mängd under rapporteringsåret.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="32" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="34" />
        <source>Emission factor</source>
        <translation>Emissionsfaktor</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="36" />
        <source>Factor source</source>
        <translation>Faktorns källa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="37" />
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="58" />
        <source>Use the default factors</source>
        <translation>Använd standardfaktorerna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="63" />
        <source>Double-click a factor or its source to enter your supplier's figure.</source>
        <translation>Dubbelklicka på en faktor eller dess källa för att ange leverantörens värde.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="95" />
        <source>Scope 1: {s1} t CO2e · Scope 2 (location-based): {s2} t CO2e · Energy: {mwh} MWh</source>
        <translation>Scope 1: {s1} t CO2e · Scope 2 (platsbaserat): {s2} t CO2e · Energi: {mwh} MWh</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="113" />
        <source>An emission factor must be a number of zero or more.</source>
        <translation>En emissionsfaktor måste vara ett tal som är noll eller större.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="41" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="42" />
        <source>Address</source>
        <translation>Adress</translation>
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
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="45" />
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="47" />
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="48" />
        <source>Topic</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="49" />
        <source>Per topic</source>
        <translation>Per område</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="52" />
        <source>Basic Module</source>
        <translation>Grundmodul</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="53" />
        <source>Basic and Comprehensive Module</source>
        <translation>Grundmodul och utökad modul</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="54" />
        <source>Individual (this company)</source>
        <translation>Enskilt (endast detta företag)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="55" />
        <source>Consolidated (with subsidiaries)</source>
        <translation>Koncern (med dotterbolag)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="56" />
        <source>Headcount</source>
        <translation>Antal personer</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="57" />
        <source>Full-time equivalents (FTE)</source>
        <translation>Heltidsekvivalenter (FTE)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="58" />
        <source>Air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="59" />
        <source>Water</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="60" />
        <source>Soil</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="117" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="117" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="189" />
        <source>None this year</source>
        <translation>Inga i år</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="191" />
        <source>Add a row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="236" />
        <source>Remove this row</source>
        <translation>Ta bort raden</translation>
    </message>
</context>
<context>
    <name>SustainabilityPage</name>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="92" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="93" />
        <source>Import JSON…</source>
        <translation>Importera JSON…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="94" />
        <source>Export JSON…</source>
        <translation>Exportera JSON…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="95" />
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="96" />
        <source>Attach PDF to documents</source>
        <translation>Bifoga PDF till dokumenten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="112" />
        <source>Reporting year</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="116" />
        <source>Completeness</source>
        <translation>Fullständighet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="126" />
        <source>PDF language</source>
        <translation>PDF-språk</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="153" />
        <source>Emissions</source>
        <translation>Utsläpp</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="171" />
        <source>Sustainability statement</source>
        <translation>Hållbarhetsrapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="172" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lägg först till ett företag på sidan Företag.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="180" />
        <source>Sustainability statement of {name}</source>
        <translation>Hållbarhetsrapport för {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="182" />
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="183" />
        <source>(not saved yet)</source>
        <translation>(inte sparad ännu)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="184" />
        <source>{marker} Saved years: {years}</source>
        <translation>{marker} Sparade år: {years}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="223" />
        <source>{percent} % of the applicable items answered</source>
        <translation>{percent} % av de tillämpliga punkterna besvarade</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="265" />
        <source>Statement for {year} saved.</source>
        <translation>Rapporten för {year} har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="270" />
        <location filename="../../tender_helper/ui/sustainability_page.py" line="278" />
        <source>Import statement</source>
        <translation>Importera rapport</translation>
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
        <translation>Vill du ersätta den sparade rapporten för {year}?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="294" />
        <source>Export statement</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="311" />
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="311" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="321" />
        <source>Wrote {path}.</source>
        <translation>{path} har sparats.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="338" />
        <source>Attached {title} to the documents.</source>
        <translation>{title} har bifogats till dokumenten.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="61" />
        <source>Save dates</source>
        <translation>Spara datum</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="63" />
        <source>Export to calendar (.ics)…</source>
        <translation>Exportera till kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="68" />
        <source>Tender deadline (when the notice has none):</source>
        <translation>Sista anbudsdag (om annonsen saknar en):</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="69" />
        <source>Buyer's question cut-off:</source>
        <translation>Sista dag för frågor:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="70" />
        <source>Expected award decision:</source>
        <translation>Väntat tilldelningsbeslut:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="81" />
        <source>not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="83" />
        <source>(estimate)</source>
        <translation>(uppskattning)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>Point</source>
        <translation>Händelse</translation>
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
        <translation>Finland: högst 3 månader gammalt enligt beställaransvarslagen (1233/2006).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="47" />
        <source>Finland: a criminal record extract for procurement is valid for 12 months (Act 1397/2016 § 80).</source>
        <translation>Finland: ett straffregisterutdrag för upphandling gäller i 12 månader (lag 1397/2016, 80 §).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="52" />
        <source>Norway: a tax certificate (skatteattest, RF-1507) may be at most 6 months old.</source>
        <translation>Norge: ett skatteintyg (skatteattest, RF-1507) får vara högst 6 månader gammalt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="72" />
        <location filename="../../tender_helper/vault/validity.py" line="77" />
        <location filename="../../tender_helper/vault/validity.py" line="79" />
        <location filename="../../tender_helper/vault/validity.py" line="82" />
        <location filename="../../tender_helper/vault/validity.py" line="85" />
        <source>Contractor's obligations act</source>
        <translation>Beställaransvarslagen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="75" />
        <source>Contractor's obligations act: prepayment, employer and VAT registers</source>
        <translation>Beställaransvarslagen: förskottsuppbördsregistret, arbetsgivarregistret och momsregistret</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="89" />
        <source>Mandatory exclusion grounds; usually asked from the winner</source>
        <translation>Obligatoriska uteslutningsgrunder; begärs oftast in från den vinnande anbudsgivaren</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="94" />
        <source>Registration with Bolagsverket (unverified)</source>
        <translation>Registrering hos Bolagsverket (ej verifierat)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="98" />
        <source>Taxes and social security paid; registered as employer at Skatteverket</source>
        <translation>Betalda skatter och socialavgifter; registrerad som arbetsgivare hos Skatteverket</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="102" />
        <source>Contracts over NOK 500 000 excluding VAT</source>
        <translation>Kontrakt över 500 000 NOK exklusive moms</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="104" />
        <source>Firmaattest from Brønnøysund (unverified)</source>
        <translation>Firmaattest från Brønnøysundregistrene (ej verifierat)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="111" />
        <source>ESPD Part IV A: suitability</source>
        <translation>ESPD del IV A: behörighet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="112" />
        <source>ESPD Part III B: taxes paid</source>
        <translation>ESPD del III B: betalda skatter</translation>
    </message>
</context>
</TS>