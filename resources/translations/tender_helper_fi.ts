<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="12" />
        <source>About {app}</source>
        <translation>Tietoja: {app}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="21" />
        <source>Helps small and medium-sized companies in Finland, Sweden and Norway find public tenders, prepare their bids and keep their company documents in order.</source>
        <translation>Auttaa pieniä ja keskisuuria yrityksiä Suomessa, Ruotsissa ja Norjassa löytämään julkisia hankintoja, valmistelemaan tarjouksia ja pitämään yrityksen asiakirjat kunnossa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="25" />
        <source>Notices come from TED, the EU's Tenders Electronic Daily (reuse under Commission Decision 2011/833/EU). CPV and NUTS code lists come from the eForms SDK (CC BY 4.0) and its Norwegian edition by DFØ.</source>
        <translation>Hankintailmoitukset ovat peräisin EU:n TED-palvelusta (Tenders Electronic Daily; uudelleenkäyttö komission päätöksen 2011/833/EU mukaisesti). CPV- ja NUTS-koodiluettelot ovat peräisin eForms SDK:sta (CC BY 4.0) ja DFØ:n julkaisemasta sen norjalaisesta versiosta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/about_dialog.py" line="29" />
        <source>Your data stays on this computer, in {folder}.</source>
        <translation>Tietosi pysyvät tällä tietokoneella kansiossa {folder}.</translation>
    </message>
</context>
<context>
    <name>ActiveBidsWidget</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="134" />
        <source>No active bids. Open one from a notice.</source>
        <translation>Ei keskeneräisiä tarjouksia. Aloita tarjous hankintailmoituksesta.</translation>
    </message>
</context>
<context>
    <name>BidAssessmentWidget</name>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="48" />
        <source>Follow the recommendation</source>
        <translation>Noudata suositusta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="52" />
        <source>Why you decide otherwise</source>
        <translation>Miksi päätät toisin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="53" />
        <source>Save assessment</source>
        <translation>Tallenna arvio</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="57" />
        <source>Your decision:</source>
        <translation>Oma päätös:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="58" />
        <source>Reason:</source>
        <translation>Perustelu:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="75" />
        <source>Not answered yet</source>
        <translation>Ei vielä vastattu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="102" />
        <source>Answer at least half of the questions for a recommendation.</source>
        <translation>Vastaa vähintään puoleen kysymyksistä, niin saat suosituksen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_assessment_widget.py" line="106" />
        <source>&lt;b&gt;Recommendation: {label}&lt;/b&gt; (score {score}/100)</source>
        <translation>&lt;b&gt;Suositus: {label}&lt;/b&gt; (pisteet {score}/100)</translation>
    </message>
</context>
<context>
    <name>Bids</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="32" />
        <source>Considering</source>
        <translation>Harkinnassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="33" />
        <source>Preparing</source>
        <translation>Valmistelussa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="34" />
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="35" />
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="36" />
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="37" />
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="38" />
        <source>No bid</source>
        <translation>Ei tarjousta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="45" />
        <source>Request to participate</source>
        <translation>Osallistumishakemusten määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="46" />
        <source>Tender deadline</source>
        <translation>Tarjousten määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="47" />
        <source>Question cut-off</source>
        <translation>Kysymysten määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="48" />
        <source>Expected award</source>
        <translation>Hankintapäätös (odotettu)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="49" />
        <source>Standstill ends</source>
        <translation>Odotusaika päättyy</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="98" />
        <source> (cancelled)</source>
        <translation> (keskeytetty)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="110" />
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="111" />
        <source>Notice</source>
        <translation>Hankintailmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="112" />
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="113" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/active_bids.py" line="114" />
        <source>Open steps</source>
        <translation>Avoimet vaiheet</translation>
    </message>
</context>
<context>
    <name>BidsPage</name>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="84" />
        <source>Update the checklist</source>
        <translation>Päivitä tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="88" />
        <source>Reason (needed for no bid)</source>
        <translation>Perustelu (pakollinen, jos tarjousta ei jätetä)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="89" />
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="94" />
        <source>Timeline</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="96" />
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="98" />
        <source>Report and package</source>
        <translation>Raportti ja paketti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="113" />
        <source>Next step:</source>
        <translation>Seuraava vaihe:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="130" />
        <source>No bids yet. Open a notice and choose Prepare a bid.</source>
        <translation>Tarjouksia ei vielä ole. Avaa hankintailmoitus ja valitse Valmistele tarjous.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="153" />
        <source>Save step</source>
        <translation>Tallenna vaihe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="159" />
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="160" />
        <source>Notes:</source>
        <translation>Muistiinpanot:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="166" />
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="171" />
        <source>Checklist template {file} was skipped: {error}</source>
        <translation>Tarkistuslistan pohja {file} ohitettiin: {error}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="241" />
        <source>whole contract</source>
        <translation>koko hankinta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="275" />
        <source>Checklist templates changed since this bid was opened: {names}</source>
        <translation>Tarkistuslistan pohjat ovat muuttuneet tämän tarjouksen aloittamisen jälkeen: {names}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="289" />
        <source>Bid / no bid</source>
        <translation>Tarjoa / älä tarjoa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="295" />
        <source>Choose a step to read what it asks and why, and to set its status.</source>
        <translation>Valitse vaihe, niin näet, mitä se vaatii ja miksi, ja voit merkitä sen tilan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="323" />
        <source>Step saved.</source>
        <translation>Vaihe tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="329" />
        <source>Assessment saved.</source>
        <translation>Arvio tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="334" />
        <source>Bid status changed.</source>
        <translation>Tarjouksen tila muutettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="340" />
        <source>Checklist updated from the templates.</source>
        <translation>Tarkistuslista päivitetty pohjista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="348" />
        <source>Write dates as 2025-03-20T12:00+02:00 and 2025-04-15.</source>
        <translation>Kirjoita päivämäärät muodossa 2025-03-20T12:00+02:00 ja 2025-04-15.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="353" />
        <source>Dates saved; due dates follow them.</source>
        <translation>Päivämäärät tallennettu; määräpäivät päivitettiin niiden mukaan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="364" />
        <source>Writing {path}…</source>
        <translation>Kirjoitetaan: {path}…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="367" />
        <location filename="../../tender_helper/ui/bids_page.py" line="368" />
        <source>Saved {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="376" />
        <source>Save bid report</source>
        <translation>Tallenna tarjousraportti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="382" />
        <source>Save bid package</source>
        <translation>Tallenna tarjouspaketti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="389" />
        <source>Export timeline</source>
        <translation>Vie aikataulu</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="24" />
        <source>Decide</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="25" />
        <source>Documents and questions</source>
        <translation>Asiakirjat ja kysymykset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="26" />
        <source>Qualification</source>
        <translation>Soveltuvuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="27" />
        <source>ESPD</source>
        <translation>ESPD</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="28" />
        <source>Award criteria</source>
        <translation>Vertailuperusteet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="29" />
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="30" />
        <source>Sustainability</source>
        <translation>Kestävyys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="31" />
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="32" />
        <source>Submission</source>
        <translation>Jättäminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="33" />
        <source>After submission</source>
        <translation>Jätön jälkeen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="40" />
        <source>To do</source>
        <translation>Tekemättä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="41" />
        <source>In progress</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="42" />
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="43" />
        <source>Not applicable</source>
        <translation>Ei koske</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="50" />
        <source>valid</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="51" />
        <source>valid, no end date</source>
        <translation>voimassa, ei päättymispäivää</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="52" />
        <source>expires before the tender deadline</source>
        <translation>vanhenee ennen tarjousten määräaikaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="53" />
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="54" />
        <source>missing from the vault</source>
        <translation>puuttuu asiakirjaholvista</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="55" />
        <source>deleted from the vault</source>
        <translation>poistettu asiakirjaholvista</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="87" />
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="88" />
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="89" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="90" />
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="114" />
        <source> (documents in place)</source>
        <translation> (asiakirjat kunnossa)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/checklist_model.py" line="121" />
        <source>Estimated: the notice does not give this date.</source>
        <translation>Arvio: ilmoituksessa ei ole tätä päivämäärää.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="70" />
        <source>Checklist template {file} was skipped: {error}</source>
        <translation>Tarkistuslistan pohja {file} ohitettiin: {error}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="117" />
        <source>Opened bid {id} for {notice}.</source>
        <translation>Tarjous {id} aloitettu hankintailmoitukseen {notice}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="120" />
        <source>Bid {id} for {notice} is already open.</source>
        <translation>Tarjous {id} hankintailmoitukseen {notice} on jo aloitettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="144" />
        <source>No bids yet. Open one with: tender-helper bid open NOTICE_ID --company NAME</source>
        <translation>Ei vielä tarjouksia. Aloita tarjous komennolla: tender-helper bid open NOTICE_ID --company NAME</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="147" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="100" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="118" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="136" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="151" />
        <source>Id</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="148" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="152" />
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="149" />
        <location filename="../../tender_helper/cli/notices_cmds.py" line="141" />
        <source>Notice</source>
        <translation>Hankintailmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="150" />
        <location filename="../../tender_helper/cli/bid_cmds.py" line="204" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="156" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="151" />
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="152" />
        <source>Open</source>
        <translation>Avoimet vaiheet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="202" />
        <source>Item</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="203" />
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="205" />
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="206" />
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="225" />
        <source>Template {template} changed since this bid was opened (version {old}, now {new}).</source>
        <translation>Tarkistuslistan pohja {template} on muuttunut tarjouksen aloittamisen jälkeen (versio {old}, nyt {new}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="231" />
        <source>{item}: {status}</source>
        <translation>{item}: {status}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="237" />
        <source>Bid {id} is now {status}.</source>
        <translation>Tarjouksen {id} tila on nyt {status}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="249" />
        <location filename="../../tender_helper/cli/bid_cmds.py" line="256" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="164" />
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="79" />
        <source>Wrote {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="266" />
        <source>Wrote {path} with {count} files.</source>
        <translation>Tallennettu: {path} ({count} tiedostoa).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="268" />
        <source>Not in the package: {type} ({state})</source>
        <translation>Ei mukana paketissa: {type} ({state})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="74" />
        <source>Added company {name} (id {id}).</source>
        <translation>Yritys {name} lisätty (tunnus {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="84" />
        <source>Saved company {name} (id {id}).</source>
        <translation>Yritys {name} tallennettu (tunnus {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="94" />
        <source>No companies yet. Add one with: tender-helper company add --name … --business-id … --country FI</source>
        <translation>Ei vielä yrityksiä. Lisää yritys komennolla: tender-helper company add --name … --business-id … --country FI</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="101" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="119" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="228" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="102" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="120" />
        <source>Business id</source>
        <translation>Yritystunnus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="103" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="121" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="104" />
        <location filename="../../tender_helper/cli/company_cmds.py" line="122" />
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="123" />
        <source>Turnover (EUR)</source>
        <translation>Liikevaihto (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="124" />
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="125" />
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="126" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="137" />
        <source>Delete {name} and all its data? Type yes to confirm: </source>
        <translation>Poistetaanko {name} ja kaikki sen tiedot? Vahvista kirjoittamalla kyllä: </translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="140" />
        <source>Nothing was deleted.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/company_cmds.py" line="144" />
        <source>Deleted company {name}.</source>
        <translation>Yritys {name} poistettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="26" />
        <source>Removed {notices} sample notices and {companies} sample company.</source>
        <translation>Poistettu esimerkki-ilmoituksia {notices} kpl ja esimerkkiyrityksiä {companies} kpl.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="44" />
        <source>Loaded {count} sample notices and the sample company {name} (id {id}).</source>
        <translation>Ladattu esimerkki-ilmoituksia {count} kpl ja esimerkkiyritys {name} (tunnus {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/demo_cmds.py" line="48" />
        <source>Try: tender-helper notices list --open   Remove them with: tender-helper demo --remove</source>
        <translation>Kokeile: tender-helper notices list --open   Poista ne komennolla: tender-helper demo --remove</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="78" />
        <source>Wrote {path} for {name}.</source>
        <translation>Tallennettu: {path} (yritys {name}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="103" />
        <source>Conflict in {section} '{label}': changed here later than in the package ({fields}).</source>
        <translation>Ristiriita kohdassa {section} ”{label}”: muutettu täällä myöhemmin kuin paketissa ({fields}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="110" />
        <source>Take the package's version? [y/N] </source>
        <translation>Otetaanko paketin versio? [k/E] </translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="135" />
        <source>Would add {added}, update {updated}, keep {kept} local, leave {unchanged} unchanged.</source>
        <translation>Lisättäisiin {added}, päivitettäisiin {updated}, omia säilytettäisiin {kept}, ennallaan pysyisi {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="137" />
        <source>Added {added}, updated {updated}, kept {kept} local, {unchanged} unchanged.</source>
        <translation>Lisätty {added}, päivitetty {updated}, omia säilytetty {kept}, ennallaan {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="148" />
        <source>Skipped (needs a newer version): {names}</source>
        <translation>Ohitettu (vaatii uudemman version): {names}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="99" />
        <source>[new since last sync]</source>
        <translation>[uusi edellisen synkronoinnin jälkeen]</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="103" />
        <source>{buyer} ({country}) · deadline {deadline}</source>
        <translation>{buyer} ({country}) · määräaika {deadline}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="110" />
        <source>Lots: {fit} of {count} fit</source>
        <translation>Sopivia osa-alueita: {fit}/{count}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="130" />
        <source>Notices for {name}: {count} matches, {new} new since the last sync</source>
        <translation>Ilmoitukset yritykselle {name}: osumia {count}, joista uusia edellisen synkronoinnin jälkeen {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="133" />
        <source>Note: {text}</source>
        <translation>Huom.: {text}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="150" />
        <source>Notice {notice} is now {state} for {name}.</source>
        <translation>Ilmoituksen {notice} tila yritykselle {name} on nyt {state}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="106" />
        <source>Deadline moved from {old} to {new}</source>
        <translation>Määräaika siirtyi: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="107" />
        <source>Lot {lot} added</source>
        <translation>Osa-alue {lot} lisätty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="108" />
        <source>Lot {lot} removed</source>
        <translation>Osa-alue {lot} poistettu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="109" />
        <source>Estimated value changed</source>
        <translation>Arvioitu arvo muuttui</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="110" />
        <source>Title changed</source>
        <translation>Otsikko muuttui</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="111" />
        <source>CPV codes changed from {old} to {new}</source>
        <translation>CPV-koodit muuttuivat: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="112" />
        <source>Procedure cancelled</source>
        <translation>Hankinta keskeytetty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="113" />
        <source>Corrigendum</source>
        <translation>Oikaisuilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="142" />
        <source>Kind</source>
        <translation>Ilmoitustyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="143" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="154" />
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="144" />
        <source>Buyer</source>
        <translation>Hankintayksikkö</translation>
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
        <translation>Alueet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="147" />
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="148" />
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="149" />
        <source>Estimated value</source>
        <translation>Arvioitu arvo</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="150" />
        <source>Procedure</source>
        <translation>Menettely</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="151" />
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="188" />
        <source>Reading</source>
        <translation>Luetaan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="195" />
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {failed} failed.</source>
        <translation>Tuotu: uusia {new}, päivitettyjä {updated}, ennallaan {unchanged}, epäonnistuneita {failed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="202" />
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="203" />
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="208" />
        <source>No notice could be read from {paths}.</source>
        <translation>Yhtään ilmoitusta ei voitu lukea kohteista {paths}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="250" />
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="250" />
        <source>{days} d</source>
        <translation>{days} pv</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="264" />
        <source>No notices match. Get some with: tender-helper sync, notices import or demo</source>
        <translation>Ei osuvia ilmoituksia. Hae ilmoituksia komennoilla: tender-helper sync, notices import tai demo</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="298" />
        <source>The buyer has cancelled this procedure.</source>
        <translation>Hankintayksikkö on keskeyttänyt tämän hankinnan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="302" />
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="88" />
        <source>Saved the search profile of {name}.</source>
        <translation>Yrityksen {name} hakuprofiili tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="102" />
        <source>Search profile of {name}</source>
        <translation>Yrityksen {name} hakuprofiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="105" />
        <source>CPV codes</source>
        <translation>CPV-koodit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="107" />
        <source>Countries</source>
        <translation>Maat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="108" />
        <source>Keywords</source>
        <translation>Hakusanat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="109" />
        <source>Excluded words</source>
        <translation>Poissulkevat sanat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="110" />
        <source>Smallest value (EUR)</source>
        <translation>Vähimmäisarvo (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="111" />
        <source>Largest value (EUR)</source>
        <translation>Enimmäisarvo (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="112" />
        <source>Fewest days to deadline</source>
        <translation>Määräaikaan vähintään päiviä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="113" />
        <source>Notice kinds</source>
        <translation>Ilmoitustyypit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="110" />
        <source>Added session {id} for {name} ({minutes} min).</source>
        <translation>Neuvontatapaaminen {id} lisätty yritykselle {name} ({minutes} min).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="137" />
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="138" />
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="139" />
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="152" />
        <source>Used {used} min; no allowance set.</source>
        <translation>Käytetty {used} min; kiintiötä ei ole asetettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="155" />
        <source>Used {used} of {allowed} min; {left} min left.</source>
        <translation>Käytetty {used}/{allowed} min; jäljellä {left} min.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="173" />
        <source>Saved the advice allowance of {name}.</source>
        <translation>Yrityksen {name} neuvontakiintiö tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="59" />
        <source>Stored the {year} statement of {company} ({percent} % complete).</source>
        <translation>Yrityksen {company} kestävyysraportti vuodelta {year} tallennettu ({percent} % valmiina).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="68" />
        <source>Wrote the {year} statement of {company} to {path}.</source>
        <translation>Yrityksen {company} kestävyysraportti vuodelta {year} tallennettu: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="82" />
        <source>Kept it among the documents of {company} as {title} (document {id}).</source>
        <translation>Tallennettu yrityksen {company} asiakirjoihin nimellä {title} (asiakirja {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="106" />
        <source>Reporting year</source>
        <translation>Raportointivuosi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="107" />
        <source>Complete</source>
        <translation>Valmiina</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="108" />
        <source>Scope 1 (t CO2e)</source>
        <translation>Scope 1 -päästöt (t CO2e)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="109" />
        <source>Scope 2, location-based (t CO2e)</source>
        <translation>Scope 2 -päästöt, sijaintiperusteinen (t CO2e)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="110" />
        <source>Energy (MWh)</source>
        <translation>Energia (MWh)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sustainability_cmds.py" line="111" />
        <source>Still open</source>
        <translation>Puuttuu vielä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="60" />
        <source>The {count} notices already saved still work: tender-helper notices list</source>
        <translation>Jo tallennetut ilmoitukset ({count} kpl) ovat edelleen käytettävissä: tender-helper notices list</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="67" />
        <source>Downloading</source>
        <translation>Ladataan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="80" />
        <source>TED: {new} new, {changed} changed, {unchanged} unchanged, {failed} failed.</source>
        <translation>TED: uusia {new}, muuttuneita {changed}, ennallaan {unchanged}, epäonnistuneita {failed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="89" />
        <source>Cancelled; the next sync continues from here.</source>
        <translation>Peruttu; seuraava synkronointi jatkuu tästä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="92" />
        <source>The next sync continues from here.</source>
        <translation>Seuraava synkronointi jatkuu tästä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="110" />
        <source>Stored {title} for {company} (document {id}).</source>
        <translation>Tallennettu {title} yritykselle {company} (asiakirja {id}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="116" />
        <source>Valid until {date}, as the rule says: {rule}</source>
        <translation>Voimassa {date} asti säännön mukaan: {rule}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="122" />
        <source>valid</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="123" />
        <source>expiring</source>
        <translation>vanhenemassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="124" />
        <source>EXPIRED</source>
        <translation>VANHENTUNUT</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="125" />
        <source>no date</source>
        <translation>ei päivämäärää</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="148" />
        <source>No documents.</source>
        <translation>Ei asiakirjoja.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="153" />
        <location filename="../../tender_helper/cli/vault_cmds.py" line="228" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="155" />
        <source>Valid until</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="182" />
        <source>Missing from the vault: {company}: {title} ({file}, version {version})</source>
        <translation>Puuttuu asiakirjaholvista: {company}: {title} ({file}, versio {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="183" />
        <source>Changed on disk: {company}: {title} ({file}, version {version})</source>
        <translation>Muuttunut levyllä: {company}: {title} ({file}, versio {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="193" />
        <source>All {count} stored files are intact.</source>
        <translation>Kaikki {count} tallennettua tiedostoa ovat ehjiä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="196" />
        <source>{bad} of {count} stored files are missing or damaged; restore them from a backup.</source>
        <translation>{bad}/{count} tallennetusta tiedostosta puuttuu tai on vioittunut; palauta ne varmuuskopiosta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="219" />
        <source>Exported {count} documents of {company} to {path}.</source>
        <translation>Yrityksen {company} asiakirjat ({count} kpl) viety: {path}.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="47" />
        <location filename="../../tender_helper/ui/companies_page.py" line="109" />
        <source>New company</source>
        <translation>Uusi yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="48" />
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="50" />
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="131" />
        <source>Saved {name}.</source>
        <translation>{name} tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="145" />
        <source>Delete company</source>
        <translation>Poista yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="146" />
        <source>Delete {name} and everything stored for it? This cannot be undone.</source>
        <translation>Poistetaanko {name} ja kaikki sille tallennetut tiedot? Toimintoa ei voi perua.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="50" />
        <source>From staff and turnover</source>
        <translation>Henkilöstön ja liikevaihdon perusteella</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="54" />
        <source>e.g. 450 000</source>
        <translation>esim. 450 000</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="57" />
        <source>not given</source>
        <translation>ei ilmoitettu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="61" />
        <source>What the company does, its strengths and references.</source>
        <translation>Mitä yritys tekee, sen vahvuudet ja referenssit.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="71" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="72" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="75" />
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="76" />
        <source>Turnover (EUR a year)</source>
        <translation>Liikevaihto (EUR vuodessa)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="77" />
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="83" />
        <source>Working languages</source>
        <translation>Työkielet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="84" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/company_form.py" line="89" />
        <source>Business id ({kind})</source>
        <translation>Yritystunnus ({kind})</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="54" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="55" />
        <source>Business id</source>
        <translation>Yritystunnus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="56" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="57" />
        <source>Size</source>
        <translation>Koko</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="91" />
        <source>Newer changes on this computer</source>
        <translation>Uudempia muutoksia tällä tietokoneella</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="95" />
        <source>Data</source>
        <translation>Tietoryhmä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="96" />
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="97" />
        <source>Changed fields</source>
        <translation>Muuttuneet kentät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="98" />
        <source>Changed here</source>
        <translation>Muutettu täällä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="99" />
        <source>In package</source>
        <translation>Paketissa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="119" />
        <source>Keep mine</source>
        <translation>Säilytä omani</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="120" />
        <source>Take the package's</source>
        <translation>Käytä paketin tietoja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="123" />
        <source>Use</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="128" />
        <source>These were changed on this computer after the package was made. Nothing is overwritten unless you choose so.</source>
        <translation>Näitä tietoja on muutettu tällä tietokoneella paketin luomisen jälkeen. Mitään ei korvata, ellet itse valitse niin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="134" />
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
</context>
<context>
    <name>CpvBranchDialog</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="56" />
        <source>Filter by CPV branch</source>
        <translation>Rajaa CPV-ryhmän mukaan</translation>
    </message>
</context>
<context>
    <name>CpvPicker</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="41" />
        <source>Search by word or code, e.g. siivous, städning, cleaning, 9091</source>
        <translation>Hae sanalla tai koodilla, esim. siivous, städning, cleaning, 9091</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="45" />
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="45" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="48" />
        <source>No CPV code matches these words.</source>
        <translation>Näillä sanoilla ei löydy CPV-koodia.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="56" />
        <source>Add ↓</source>
        <translation>Lisää ↓</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="57" />
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_picker.py" line="83" />
        <source>Chosen codes (a code also covers everything under it):</source>
        <translation>Valitut koodit (koodi kattaa myös kaikki sen alakoodit):</translation>
    </message>
</context>
<context>
    <name>CpvTreeModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_tree_model.py" line="79" />
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/cpv_tree_model.py" line="80" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../tender_helper/ui/deadline_dialog.py" line="15" />
        <source>Tender deadline</source>
        <translation>Tarjousten määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/deadline_dialog.py" line="19" />
        <source>The notice {reference} gives no deadline. Enter the tender deadline from its documents.</source>
        <translation>Ilmoituksessa {reference} ei ole määräaikaa. Syötä tarjousten määräaika hankinta-asiakirjoista.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="41" />
        <source>The buyer answers questions asked in good time at least 6 days before the tender deadline.</source>
        <translation>Hankintayksikkö vastaa hyvissä ajoin esitettyihin kysymyksiin viimeistään 6 päivää ennen tarjousten määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="50" />
        <location filename="../../tender_helper/checklists/deadlines.py" line="102" />
        <source>Accelerated procedure: the buyer answers at least 4 days before the tender deadline.</source>
        <translation>Nopeutettu menettely: hankintayksikkö vastaa viimeistään 4 päivää ennen tarjousten määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="59" />
        <source>Below the EU threshold the buyer also answers questions asked in good time before the tender deadline.</source>
        <translation>EU-kynnysarvon alittavissa hankinnoissa hankintayksikkö vastaa myös hyvissä ajoin esitettyihin kysymyksiin ennen tarjousten määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="70" />
        <source>EU procurement: the buyer gives additional information at least 6 days before the tender deadline.</source>
        <translation>EU-hankinta: hankintayksikkö antaa lisätiedot viimeistään 6 päivää ennen tarjousten määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="81" />
        <source>Accelerated EU procedure: the buyer answers at least 4 days before the tender deadline.</source>
        <translation>Nopeutettu EU-menettely: hankintayksikkö vastaa viimeistään 4 päivää ennen tarjousten määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="91" />
        <source>Above the EEA threshold the buyer answers questions at least 6 days before the tender deadline.</source>
        <translation>ETA-kynnysarvon ylittävissä hankinnoissa hankintayksikkö vastaa kysymyksiin viimeistään 6 päivää ennen tarjousten määräaikaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="115" />
        <source>The contract may be signed 14 days after you received the decision and appeal instructions.</source>
        <translation>Hankintasopimuksen voi tehdä 14 päivän kuluttua siitä, kun olet saanut hankintapäätöksen ja valitusosoituksen tiedoksi.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="125" />
        <source>Standstill of 10 days when the award decision is sent electronically (15 days otherwise).</source>
        <translation>Odotusaika on 10 päivää, kun hankintapäätös lähetetään sähköisesti (muuten 15 päivää).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="134" />
        <source>Standstill of 15 days when the award decision is not sent electronically.</source>
        <translation>Odotusaika on 15 päivää, kun hankintapäätöstä ei lähetetä sähköisesti.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="141" />
        <source>Standstill (karensperiode) after the notice of the chosen supplier; check its length in the notice.</source>
        <translation>Odotusaika (karensperiode) alkaa, kun valitusta toimittajasta on ilmoitettu; tarkista sen pituus ilmoituksesta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/checklists/deadlines.py" line="154" />
        <source>No standstill for national (below EU threshold) procurements in Finland: the contract may be signed at once.</source>
        <translation>Suomessa kansallisissa (EU-kynnysarvon alittavissa) hankinnoissa ei ole odotusaikaa: sopimuksen voi allekirjoittaa heti.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="56" />
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="64" />
        <source>YYYY-MM-DD or D.M.YYYY</source>
        <translation>VVVV-KK-PP tai P.K.VVVV</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="86" />
        <source>New version of {title}</source>
        <translation>Uusi versio: {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="88" />
        <source>Details of {title}</source>
        <translation>Asiakirjan tiedot: {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="89" />
        <source>Add a document</source>
        <translation>Lisää asiakirja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="97" />
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="98" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="99" />
        <source>Title</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="100" />
        <location filename="../../tender_helper/ui/document_dialog.py" line="173" />
        <source>Issued on</source>
        <translation>Antopäivä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="101" />
        <location filename="../../tender_helper/ui/document_dialog.py" line="174" />
        <source>Valid until</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="103" />
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="125" />
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="128" />
        <source>Choose the document</source>
        <translation>Valitse asiakirja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="147" />
        <source>No fixed validity for this type in {country}: copy the date from the document.</source>
        <translation>Tällä asiakirjatyypillä ei ole maassa {country} vakiintunutta voimassaoloaikaa: kopioi päivämäärä asiakirjasta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="151" />
        <source>Enter the issue date to get a proposed end date.</source>
        <translation>Syötä antopäivä, niin ohjelma ehdottaa voimassaolon päättymispäivää.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="156" />
        <source>Proposed: valid until {date}. {rule}</source>
        <translation>Ehdotus: voimassa {date} asti. {rule}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="30" />
        <source>Expired {days} d ago</source>
        <translation>Vanhentunut {days} pv sitten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="33" />
        <source>Expires today</source>
        <translation>Vanhenee tänään</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="34" />
        <source>Expires in {days} d</source>
        <translation>Vanhenee {days} pv:n kuluttua</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="36" />
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="37" />
        <source>No end date</source>
        <translation>Ei päättymispäivää</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="111" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="112" />
        <source>Title</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="113" />
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="114" />
        <source>Issued</source>
        <translation>Antopäivä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="115" />
        <source>Valid until</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="116" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/document_table_model.py" line="117" />
        <source>Version</source>
        <translation>Versio</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="11" />
        <source>Tax debt certificate</source>
        <translation>Verovelkatodistus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="12" />
        <source>Pension insurance certificate</source>
        <translation>Eläkevakuutustodistus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="13" />
        <source>Trade register extract</source>
        <translation>Kaupparekisteriote</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="14" />
        <source>VAT register extract</source>
        <translation>Ote ALV-rekisteristä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="15" />
        <source>Tax certificate (skatteattest)</source>
        <translation>Verotodistus (skatteattest)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="16" />
        <source>Registration certificate</source>
        <translation>Rekisteröintitodistus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="17" />
        <source>Insurance policy</source>
        <translation>Vakuutustodistus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="18" />
        <source>Occupational health care agreement</source>
        <translation>Työterveyshuoltosopimus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="19" />
        <source>Statement of the applicable collective agreement</source>
        <translation>Selvitys sovellettavasta työehtosopimuksesta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="22" />
        <source>Criminal record extract</source>
        <translation>Rikosrekisteriote</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="23" />
        <source>ISO 9001 certificate</source>
        <translation>ISO 9001 -sertifikaatti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="24" />
        <source>ISO 14001 certificate</source>
        <translation>ISO 14001 -sertifikaatti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="25" />
        <source>Other certificate</source>
        <translation>Muu sertifikaatti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="26" />
        <source>Reference</source>
        <translation>Referenssi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="27" />
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="28" />
        <source>Financial statements</source>
        <translation>Tilinpäätös</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="29" />
        <source>Signed ESPD</source>
        <translation>Allekirjoitettu ESPD</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="30" />
        <source>Sustainability statement (VSME)</source>
        <translation>Kestävyysraportti (VSME)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/document_types.py" line="31" />
        <source>Other document</source>
        <translation>Muu asiakirja</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="65" />
        <source>Drop files here to add them, or use Add.</source>
        <translation>Lisää tiedostoja vetämällä ne tähän tai valitse Lisää.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="77" />
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="78" />
        <source>New version…</source>
        <translation>Uusi versio…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="79" />
        <source>Details…</source>
        <translation>Tiedot…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="80" />
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="81" />
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="82" />
        <source>Export to folder…</source>
        <translation>Vie kansioon…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="83" />
        <source>Export as zip…</source>
        <translation>Vie zip-tiedostona…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="84" />
        <location filename="../../tender_helper/ui/documents_page.py" line="359" />
        <location filename="../../tender_helper/ui/documents_page.py" line="373" />
        <source>Verify files</source>
        <translation>Tarkista tiedostot</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="85" />
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="116" />
        <source>Missing or expired</source>
        <translation>Puuttuvat tai vanhentuneet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="118" />
        <source>What bids in this country usually ask for. Double-click to add it.</source>
        <translation>Asiakirjat, joita tämän maan hankinnoissa tarjoukseen yleensä vaaditaan. Lisää asiakirja kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="147" />
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="148" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lisää ensin yritys Yritykset-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="151" />
        <source>Documents of {name}</source>
        <translation>Yrityksen {name} asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="165" />
        <source>Nothing missing.</source>
        <translation>Mitään ei puutu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="191" />
        <source>Add a company document…</source>
        <translation>Lisää yrityksen asiakirja…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="275" />
        <source>Saved {title}.</source>
        <translation>{title} tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="283" />
        <source>Delete document</source>
        <translation>Poista asiakirja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="284" />
        <source>Delete {title} with all its versions? This cannot be undone.</source>
        <translation>Poistetaanko {title} kaikkine versioineen? Toimintoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="321" />
        <source>Export documents to folder</source>
        <translation>Vie asiakirjat kansioon</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="327" />
        <source>Export documents as zip</source>
        <translation>Vie asiakirjat zip-tiedostona</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="327" />
        <source>Zip files (*.zip)</source>
        <translation>Zip-tiedostot (*.zip)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="345" />
        <source>Exported {count} documents to {path}.</source>
        <translation>{count} asiakirjaa viety: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="358" />
        <source>All {count} stored files are intact.</source>
        <translation>Kaikki {count} tallennettua tiedostoa ovat ehjiä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="362" />
        <source>Missing: {title} (version {version})</source>
        <translation>Puuttuu: {title} (versio {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="366" />
        <source>Changed on disk: {title} (version {version})</source>
        <translation>Muuttunut levyllä: {title} (versio {version})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="374" />
        <source>Some stored files are damaged; restore them from a backup.</source>
        <translation>Osa tallennetuista tiedostoista on vioittunut; palauta ne varmuuskopiosta.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Document type</source>
        <translation>Asiakirjatyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>Valid until</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="123" />
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tender_helper/cli/bid_cmds.py" line="84" />
        <source>'{value}' is not a date and time such as 2025-03-20T12:00+02:00.</source>
        <translation>”{value}” ei ole päivämäärä ja kellonaika muodossa 2025-03-20T12:00+02:00.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/handoff_cmds.py" line="94" />
        <source>Document {value} belongs to another company.</source>
        <translation>Asiakirja {value} kuuluu toiselle yritykselle.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="120" />
        <source>Name the company with --company.</source>
        <translation>Anna yritys valitsimella --company.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/match_cmds.py" line="122" />
        <source>--limit must be 1 or more.</source>
        <translation>Valitsimen --limit arvon on oltava vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/notices_cmds.py" line="256" />
        <source>'{value}' is not a number of notices.</source>
        <translation>”{value}” ei ole ilmoitusten lukumäärä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="46" />
        <source>'{value}' is not a number of days.</source>
        <translation>”{value}” ei ole päivien lukumäärä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/profile_cmds.py" line="55" />
        <source>Unknown notice kind in '{value}'; use competition, planning, consultation, result.</source>
        <translation>Tuntematon ilmoitustyyppi arvossa ”{value}”; käytä arvoja competition, planning, consultation, result.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/session_cmds.py" line="58" />
        <location filename="../../tender_helper/cli/session_cmds.py" line="71" />
        <source>'{value}' is not a date; use YYYY-MM-DD.</source>
        <translation>”{value}” ei ole päivämäärä; käytä muotoa VVVV-KK-PP.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/sync_cmds.py" line="36" />
        <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
        <translation>”{value}” ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="71" />
        <source>There are {count} companies; say which one with --company.</source>
        <translation>Yrityksiä on {count}; valitse yritys valitsimella --company.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/cli/vault_cmds.py" line="213" />
        <source>No documents match; nothing was exported.</source>
        <translation>Ehtoja vastaavia asiakirjoja ei ole; mitään ei viety.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="57" />
        <location filename="../../tender_helper/core/company.py" line="93" />
        <source>Country {value} is not supported; choose one of FI, SE, NO, DK, EE, LV, LT.</source>
        <translation>Maata {value} ei tueta; valitse jokin seuraavista: FI, SE, NO, DK, EE, LV, LT.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="67" />
        <source>The {kind} {value} has a wrong check digit.</source>
        <translation>Tunnuksen {value} ({kind}) tarkistusmerkki on väärä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/business_id.py" line="74" />
        <source>'{value}' is not a valid {kind}.</source>
        <translation>”{value}” ei ole kelvollinen tunnus ({kind}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="89" />
        <source>The company needs a name.</source>
        <translation>Yritykselle tarvitaan nimi.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="101" />
        <source>Staff cannot be negative.</source>
        <translation>Henkilöstömäärä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="103" />
        <source>Turnover cannot be negative.</source>
        <translation>Liikevaihto ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="107" />
        <source>Unknown language code {value}; use e.g. fin, swe, nor, eng.</source>
        <translation>Tuntematon kielikoodi {value}; käytä esim. arvoa fin, swe, nor tai eng.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="156" />
        <source>The smallest value {low} is above the largest value {high}.</source>
        <translation>Vähimmäisarvo {low} on suurempi kuin enimmäisarvo {high}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="163" />
        <source>Contract values cannot be negative.</source>
        <translation>Hankinnan arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="166" />
        <source>Days to deadline must be between 0 and 365.</source>
        <translation>Päiviä määräaikaan on oltava 0–365.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="182" />
        <source>Country {value} is not one we watch; use FIN, SWE, NOR, DNK, EST, LVA, LTU or ISL.</source>
        <translation>Maata {value} ei seurata; käytä arvoa FIN, SWE, NOR, DNK, EST, LVA, LTU tai ISL.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/company.py" line="215" />
        <location filename="../../tender_helper/core/company.py" line="219" />
        <source>'{value}' is not an amount.</source>
        <translation>”{value}” ei ole kelvollinen määrä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/cpv.py" line="35" />
        <source>'{value}' is not a CPV code: it needs 8 digits, like 72000000.</source>
        <translation>”{value}” ei ole CPV-koodi: koodissa on oltava 8 numeroa, esim. 72000000.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/cpv.py" line="89" />
        <source>CPV code {value} is not in the official CPV list.</source>
        <translation>CPV-koodia {value} ei ole virallisessa CPV-nimikkeistössä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/notice.py" line="53" />
        <source>'{value}' is not a date or a date and time.</source>
        <translation>”{value}” ei ole päivämäärä eikä päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/notice.py" line="87" />
        <source>'{value}' is not an amount of money.</source>
        <translation>”{value}” ei ole rahamäärä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/core/nuts.py" line="80" />
        <source>'{value}' is not a NUTS region of the Nordic or Baltic countries.</source>
        <translation>”{value}” ei ole Pohjoismaiden tai Baltian maiden NUTS-alue.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="69" />
        <source>The package failed its authenticity check: it is incomplete or was changed after it was made. Nothing was imported.</source>
        <translation>Paketin aitoustarkistus epäonnistui: paketti on puutteellinen tai sitä on muutettu luomisen jälkeen. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="112" />
        <source>This file is not a Tender Helper hand-off package.</source>
        <translation>Tämä tiedosto ei ole Tender Helperin siirtopaketti.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="118" />
        <source>The package was made by a newer version of Tender Helper (format {version}). Update the program to import it; nothing was imported.</source>
        <translation>Paketti on tehty Tender Helperin uudemmalla versiolla (muoto {version}). Päivitä ohjelma, jotta voit tuoda paketin; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/crypto.py" line="138" />
        <source>The passphrase does not open this package (or its header is damaged). Nothing was imported.</source>
        <translation>Tunnuslause ei avaa tätä pakettia (tai paketin otsake on vioittunut). Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/documents_section.py" line="73" />
        <location filename="../../tender_helper/handoff/package.py" line="72" />
        <location filename="../../tender_helper/services/handoff.py" line="114" />
        <location filename="../../tender_helper/services/handoff.py" line="125" />
        <source>The package is not usable ({reason}). Nothing was imported.</source>
        <translation>Pakettia ei voi käyttää ({reason}). Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/package.py" line="214" />
        <source>The package was made by a newer version of Tender Helper ({version}). Update the program to import it; nothing was imported.</source>
        <translation>Paketti on tehty Tender Helperin uudemmalla versiolla ({version}). Päivitä ohjelma, jotta voit tuoda paketin; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/handoff/sessions_section.py" line="160" />
        <source>The package holds a session that belongs to another company here. Nothing was imported.</source>
        <translation>Paketissa on neuvontatapaaminen, joka kuuluu tällä tietokoneella toiselle yritykselle. Mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/paths.py" line="41" />
        <source>The data folder {path} cannot be written: {reason}.</source>
        <translation>Tietokansioon {path} ei voi kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bid_exports.py" line="218" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="185" />
        <source>{name} could not be written: {reason}</source>
        <translation>Tiedostoa {name} ei voitu kirjoittaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="108" />
        <source>The notice {value} gives no deadline. Enter the tender deadline from its documents.</source>
        <translation>Ilmoituksessa {value} ei ole määräaikaa. Syötä tarjousten määräaika hankinta-asiakirjoista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="186" />
        <source>Unknown status {value}; use todo, in_progress, done or not_applicable.</source>
        <translation>Tuntematon tila {value}; käytä arvoa todo, in_progress, done tai not_applicable.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="200" />
        <source>This step does not ask for a document of type {value}.</source>
        <translation>Tämä vaihe ei edellytä asiakirjatyyppiä {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="213" />
        <source>A bid cannot go from {current} to {value}.</source>
        <translation>Tarjouksen tilaa ei voi vaihtaa tilasta {current} tilaan {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="219" />
        <source>Say why you do not bid.</source>
        <translation>Kerro, miksi et jätä tarjousta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="234" />
        <source>Not an answer to the assessment: {value}</source>
        <translation>Ei kelvollinen vastaus arvioon: {value}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="239" />
        <source>Give a reason when your decision differs from the recommendation.</source>
        <translation>Perustele päätöksesi, kun se poikkeaa suosituksesta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="262" />
        <source>This bid needs a tender deadline: the notice gives none.</source>
        <translation>Tarjoukselle tarvitaan tarjousten määräaika, koska ilmoituksessa sitä ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/bids.py" line="309" />
        <source>The notice has no lot {value}; its lots are {known}.</source>
        <translation>Ilmoituksessa ei ole osa-aluetta {value}; sen osa-alueet ovat {known}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/demo.py" line="49" />
        <source>The cache already has this notice from a real source; the sample is left out.</source>
        <translation>Tämä hankintailmoitus on jo tallennettu todellisesta lähteestä, joten esimerkki-ilmoitusta ei tuoda.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="79" />
        <location filename="../../tender_helper/vault/validity.py" line="119" />
        <source>Unknown document type {value}.</source>
        <translation>Tuntematon asiakirjatyyppi {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="83" />
        <source>The document needs a title.</source>
        <translation>Asiakirjalle tarvitaan nimi.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="86" />
        <source>The title is too long ({value} characters; at most {limit}).</source>
        <translation>Nimi on liian pitkä ({value} merkkiä; enintään {limit}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="93" />
        <source>The document cannot be valid until {until}, before it was issued ({issued}).</source>
        <translation>Voimassaolon päättymispäivä {until} ei voi olla ennen asiakirjan antopäivää ({issued}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/documents.py" line="152" />
        <source>Only the newest version of {name} can be replaced.</source>
        <translation>Asiakirjasta {name} voi korvata vain uusimman version.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="34" />
        <source>The passphrase needs at least {value} characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään {value} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="47" />
        <source>The passphrase file {path} cannot be read: {reason}</source>
        <translation>Tunnuslausetiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/handoff.py" line="55" />
        <source>The passphrase file {path} is empty.</source>
        <translation>Tunnuslausetiedosto {path} on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/matching.py" line="347" />
        <source>'{value}' is not a match state; use new, seen, starred or dismissed.</source>
        <translation>”{value}” ei ole osuman tila; käytä arvoa new, seen, starred tai dismissed.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/matching.py" line="354" />
        <source>Notice {value} is not among this company's matches.</source>
        <translation>Ilmoitus {value} ei ole tämän yrityksen osumien joukossa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/notices.py" line="91" />
        <location filename="../../tender_helper/sources/packages.py" line="104" />
        <location filename="../../tender_helper/sources/packages.py" line="122" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="164" />
        <location filename="../../tender_helper/vault/store.py" line="118" />
        <location filename="../../tender_helper/vault/store.py" line="158" />
        <source>{name} cannot be read: {reason}</source>
        <translation>Tiedostoa {name} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="62" />
        <source>Unknown topic {value}; use one of {choices}.</source>
        <translation>Tuntematon aihe {value}; käytä jotakin seuraavista: {choices}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="75" />
        <source>A session lasts between 0 and {value} minutes.</source>
        <translation>Neuvontatapaamisen keston on oltava 0–{value} minuuttia.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="85" />
        <source>A follow-up needs a text.</source>
        <translation>Jatkotoimelle tarvitaan kuvaus.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sessions.py" line="151" />
        <source>The advice allowance must be between 0 and 1000 hours.</source>
        <translation>Neuvontakiintiön on oltava 0–1000 tuntia.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="75" />
        <source>{name} has no sustainability statement for {year}.</source>
        <translation>Yrityksellä {name} ei ole kestävyysraporttia vuodelta {year}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="110" />
        <source>{name} holds the statement for {found}, not for {year}.</source>
        <translation>Tiedostossa {name} on vuoden {found} kestävyysraportti, ei vuoden {year}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/services/sustainability.py" line="118" />
        <source>A statement for {year} is already stored; importing would overwrite it.</source>
        <translation>Vuoden {year} kestävyysraportti on jo tallennettu; tuonti korvaisi sen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/settings.py" line="43" />
        <source>The settings file {path} cannot be read: {reason}.</source>
        <translation>Asetustiedostoa {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms.py" line="52" />
        <source>{name} is not an eForms notice (its root element is {root}).</source>
        <translation>{name} ei ole eForms-ilmoitus (sen juurielementti on {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms.py" line="61" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="83" />
        <source>{name} has no title in any language.</source>
        <translation>Tiedostossa {name} ei ole otsikkoa millään kielellä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/eforms_dates.py" line="29" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="173" />
        <location filename="../../tender_helper/sources/ted_r209.py" line="183" />
        <source>{name} has a date or time that cannot be read: '{value}'.</source>
        <translation>Tiedostossa {name} on päivämäärä tai kellonaika, jota ei voi lukea: ”{value}”.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http.py" line="304" />
        <source>'{value}' is not a web address Tender Helper can use.</source>
        <translation>”{value}” ei ole verkko-osoite, jota Tender Helper voi käyttää.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="11" />
        <source>{source} could not be reached. Check your internet connection; your saved notices are still available.</source>
        <translation>Palveluun {source} ei saatu yhteyttä. Tarkista internetyhteys; tallennetut ilmoituksesi ovat edelleen käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="24" />
        <source>{source} did not answer in time. Please try again later; your saved notices are still available.</source>
        <translation>{source} ei vastannut ajoissa. Yritä myöhemmin uudelleen; tallennetut ilmoituksesi ovat edelleen käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="36" />
        <source>{source} is busy and asked Tender Helper to wait. Please try again in about {minutes} minute(s); your saved notices are still available.</source>
        <translation>{source} on ruuhkautunut ja pyysi Tender Helperiä odottamaan. Yritä uudelleen noin {minutes} minuutin kuluttua; tallennetut ilmoituksesi ovat edelleen käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="52" />
        <source>{source} is having technical problems (error {status}). Please try again later; your saved notices are still available.</source>
        <translation>Palvelussa {source} on teknisiä ongelmia (virhe {status}). Yritä myöhemmin uudelleen; tallennetut ilmoituksesi ovat edelleen käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="68" />
        <source>{source} refused the request (error {status}). Tender Helper may need an update; your saved notices are still available.</source>
        <translation>{source} hylkäsi pyynnön (virhe {status}). Tender Helper voi tarvita päivityksen; tallennetut ilmoituksesi ovat edelleen käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="85" />
        <source>{source} sent a reply Tender Helper could not read ({what}). Please try again later; if it keeps happening, the service may have changed.</source>
        <translation>{source} lähetti vastauksen, jota Tender Helper ei pystynyt lukemaan ({what}). Yritä myöhemmin uudelleen; jos ongelma toistuu, palvelu on ehkä muuttunut.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="101" />
        <source>{source} did not accept the search built from your profile ({error_type}{detail}). Check the profile's codes and countries; if they look right, Tender Helper may need an update.</source>
        <translation>{source} ei hyväksynyt profiilisi perusteella muodostettua hakua ({error_type}{detail}). Tarkista profiilin koodit ja maat; jos ne ovat oikein, Tender Helper voi tarvita päivityksen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="118" />
        <source>The interrupted download from {source} cannot be continued. Start it again; it will resume from the last notices already saved.</source>
        <translation>Keskeytynyttä latausta lähteestä {source} ei voi jatkaa. Aloita lataus uudelleen; se jatkuu viimeisimmistä jo tallennetuista ilmoituksista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/http_errors.py" line="133" />
        <source>The download from {source} was cancelled.</source>
        <translation>Lataus lähteestä {source} peruttiin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/notice_xml.py" line="21" />
        <source>{name} is not a notice this version can read (root element {root}).</source>
        <translation>{name} ei ole ilmoitus, jota tämä versio osaa lukea (juurielementti {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/packages.py" line="68" />
        <source>{name} is not a readable TED package: {reason}</source>
        <translation>{name} ei ole luettavissa oleva TED-paketti: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="33" />
        <source>{name} is too large to be a notice ({size} bytes, at most {limit}).</source>
        <translation>{name} on liian suuri ollakseen hankintailmoitus ({size} tavua, enintään {limit}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="47" />
        <source>{name} is not well-formed XML: {reason}</source>
        <translation>{name} ei ole hyvin muodostettua XML:ää: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/safe_xml.py" line="58" />
        <source>{name} declares a DTD or entities, which notices never do; it was not read.</source>
        <translation>Tiedostossa {name} määritellään DTD tai entiteettejä, mitä hankintailmoituksissa ei koskaan ole; tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_query.py" line="67" />
        <source>The TED search needs at least a date, a country, a CPV code or a notice kind.</source>
        <translation>TED-haussa on annettava vähintään päivämäärä, maa, CPV-koodi tai ilmoitustyyppi.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_query.py" line="103" />
        <source>'{value}' is not a three-letter country code such as FIN or SWE.</source>
        <translation>”{value}” ei ole kolmikirjaiminen maatunnus, kuten FIN tai SWE.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_r209.py" line="75" />
        <source>{name} is not a TED_EXPORT notice (its root element is {root}).</source>
        <translation>{name} ei ole TED_EXPORT-ilmoitus (sen juurielementti on {root}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sources/ted_r209.py" line="86" />
        <source>{name} has no TED document number.</source>
        <translation>Tiedostossa {name} ei ole TED-asiakirjanumeroa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/bids_repo.py" line="127" />
        <source>There is no bid {value}.</source>
        <translation>Tarjousta {value} ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/bids_repo.py" line="228" />
        <source>Bid {bid} has no checklist item {value}.</source>
        <translation>Tarjouksen {bid} tarkistuslistassa ei ole kohtaa {value}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="85" />
        <source>More than one company is called {value}; use its id.</source>
        <translation>Nimellä {value} on useita yrityksiä; käytä yrityksen tunnusta (id).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="87" />
        <location filename="../../tender_helper/storage/companies_repo.py" line="115" />
        <source>There is no company {value}.</source>
        <translation>Yritystä {value} ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/companies_repo.py" line="135" />
        <source>A company with business id {value} already exists.</source>
        <translation>Yritys, jonka yritystunnus on {value}, on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/database.py" line="38" />
        <source>'{value}' is not a database address.</source>
        <translation>”{value}” ei ole tietokannan osoite.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="48" />
        <source>The database {path} is damaged or not a Tender Helper database. Nothing was changed; restore a backup or move the file away.</source>
        <translation>Tietokanta {path} on vioittunut tai se ei ole Tender Helperin tietokanta. Mitään ei muutettu; palauta varmuuskopio tai siirrä tiedosto muualle.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="81" />
        <source>The database cannot be opened: {reason}</source>
        <translation>Tietokantaa ei voi avata: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/migrate.py" line="88" />
        <source>The database was written by a newer version of Tender Helper (schema {revision}). Update the program; nothing was changed.</source>
        <translation>Tietokanta on tallennettu Tender Helperin uudemmalla versiolla (skeema {revision}). Päivitä ohjelma; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/notices_repo.py" line="258" />
        <location filename="../../tender_helper/storage/notices_repo.py" line="280" />
        <source>There is no notice {value} in the cache.</source>
        <translation>Ilmoitusta {value} ei ole tallennettujen ilmoitusten joukossa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/sessions_repo.py" line="194" />
        <source>There is no advice session {value}.</source>
        <translation>Neuvontatapaamista {value} ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/sessions_repo.py" line="245" />
        <source>There is no follow-up {value}.</source>
        <translation>Jatkotoimea {value} ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/storage/vault_repo.py" line="78" />
        <source>There is no document {value}.</source>
        <translation>Asiakirjaa {value} ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/emissions.py" line="65" />
        <source>There is no emission factor for {fuel} measured in {unit}; enter one.</source>
        <translation>Polttoaineelle {fuel} ei ole päästökerrointa yksikössä {unit}; syötä kerroin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/emissions.py" line="83" />
        <source>There is no electricity emission factor for country {country}; enter one.</source>
        <translation>Maalle {country} ei ole sähkön päästökerrointa; syötä kerroin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="52" />
        <location filename="../../tender_helper/sustainability/serialise.py" line="102" />
        <source>{path}: expected an object.</source>
        <translation>{path}: odotettiin objektia.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="57" />
        <source>{path}: unknown field {key}.</source>
        <translation>{path}: tuntematon kenttä {key}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="67" />
        <source>{path}: the required field {key} is missing.</source>
        <translation>{path}: pakollinen kenttä {key} puuttuu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="82" />
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: odotettiin tyyppiä {expected}, löytyi {found}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="97" />
        <source>{path}: expected a list.</source>
        <translation>{path}: odotettiin luetteloa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="114" />
        <source>This is not a Tender Helper sustainability statement file.</source>
        <translation>Tämä ei ole Tender Helperin kestävyysraporttitiedosto.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="119" />
        <source>The statement file has no valid format version.</source>
        <translation>Kestävyysraporttitiedostossa ei ole kelvollista muotoversiota.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="123" />
        <source>The statement file was written by a newer Tender Helper (format {found}; this version reads up to {supported}). Update Tender Helper to import it.</source>
        <translation>Kestävyysraporttitiedosto on tehty Tender Helperin uudemmalla versiolla (muoto {found}; tämä versio lukee enintään muotoa {supported}). Päivitä Tender Helper, jotta voit tuoda tiedoston.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="142" />
        <source>The statement is not valid JSON (line {line}, column {column}).</source>
        <translation>Kestävyysraportti ei ole kelvollista JSONia (rivi {line}, sarake {column}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/serialise.py" line="156" />
        <source>{name} is too large to be a sustainability statement.</source>
        <translation>{name} on liian suuri ollakseen kestävyysraportti.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="71" />
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="87" />
        <source>{name}: {value} is not a number.</source>
        <translation>{name}: {value} ei ole luku.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="73" />
        <source>{name} cannot be negative (got {value}).</source>
        <translation>{name} ei voi olla negatiivinen (annettu {value}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="78" />
        <source>{name} must be between {low} and {high} (got {value}).</source>
        <translation>{name}: arvon on oltava välillä {low}–{high} (annettu {value}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="91" />
        <source>{name}: {value} is not one of {allowed}.</source>
        <translation>{name}: {value} ei ole sallittu arvo (sallitut: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="101" />
        <source>{name}: give a two-letter country code such as FI.</source>
        <translation>{name}: anna kaksikirjaiminen maatunnus, kuten FI.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="108" />
        <source>{name} ({value}) cannot exceed {whole_name} ({whole}).</source>
        <translation>{name} ({value}) ei voi olla suurempi kuin {whole_name} ({whole}).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="195" />
        <source>Employees by gender add up to {value} but by contract type to {whole}; they should match.</source>
        <translation>Työntekijöitä on sukupuolen mukaan yhteensä {value} mutta työsopimustyypin mukaan {whole}; lukujen pitäisi täsmätä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/validation.py" line="215" />
        <source>{name}: {value} is not a year.</source>
        <translation>{name}: {value} ei ole vuosiluku.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="169" />
        <location filename="../../tender_helper/ui/documents_page.py" line="265" />
        <source>Choose the file first.</source>
        <translation>Valitse ensin tiedosto.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="260" />
        <source>Choose a company and a file first.</source>
        <translation>Valitse ensin yritys ja tiedosto.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="15" />
        <source>A file could not be read or written: {reason}</source>
        <translation>Tiedostoa ei voitu lukea tai kirjoittaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="17" />
        <source>Something unexpected went wrong: {reason}</source>
        <translation>Tapahtui odottamaton virhe: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/feedback.py" line="24" />
        <source>Tender Helper</source>
        <translation>Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="145" />
        <source>{name}: enter a number.</source>
        <translation>{name}: syötä luku.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/export.py" line="30" />
        <source>The folder {name} cannot be created: {reason}</source>
        <translation>Kansiota {name} ei voi luoda: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/files.py" line="66" />
        <source>The disk is full: {name} could not be saved. Free some space and try again.</source>
        <translation>Levy on täynnä: tiedostoa {name} ei voitu tallentaa. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/files.py" line="70" />
        <source>{name} could not be saved in the document vault: {reason}</source>
        <translation>Tiedostoa {name} ei voitu tallentaa asiakirjaholviin: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="61" />
        <source>The stored reference of {name} is not a valid SHA-256 checksum.</source>
        <translation>Tiedoston {name} tallennettu viite ei ole kelvollinen SHA-256-tarkistussumma.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="84" />
        <source>The stored copy of {name} points outside the document vault.</source>
        <translation>Tiedoston {name} tallennettu kopio osoittaa asiakirjaholvin ulkopuolelle.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="93" />
        <source>The vault folder {name} is a link to elsewhere; it will not be used.</source>
        <translation>Asiakirjaholvin kansio {name} on linkki toiseen sijaintiin, joten sitä ei käytetä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="106" />
        <source>{name} was not found; it may have been moved or deleted.</source>
        <translation>Tiedostoa {name} ei löytynyt; se on ehkä siirretty tai poistettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="113" />
        <source>{name} is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>{name} on pikakuvake (symbolinen linkki); valitse tiedosto, johon se osoittaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="127" />
        <source>{name} is not a regular file.</source>
        <translation>{name} ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="141" />
        <source>{name} is {size_mb} MB; the document vault accepts files up to {limit_mb} MB.</source>
        <translation>{name} on kooltaan {size_mb} Mt; asiakirjaholviin voi tallentaa enintään {limit_mb} Mt:n tiedostoja.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="203" />
        <source>The stored copy of {name} is missing from the document vault.</source>
        <translation>Tiedoston {name} tallennettu kopio puuttuu asiakirjaholvista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="208" />
        <source>The stored copy of {name} cannot be opened: {reason}</source>
        <translation>Tiedoston {name} tallennettua kopiota ei voi avata: {reason}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="215" />
        <source>The stored copy of {name} is not a regular file.</source>
        <translation>Tiedoston {name} tallennettu kopio ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/store.py" line="222" />
        <source>The stored copy of {name} has changed on disk; its checksum no longer matches.</source>
        <translation>Tiedoston {name} tallennettu kopio on muuttunut levyllä; sen tarkistussumma ei enää täsmää.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="186" />
        <source>{name}: {value} is not a date in the calendar.</source>
        <translation>{name}: päivämäärää {value} ei ole kalenterissa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="192" />
        <source>{name}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>{name}: {value} ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP, esim. 2025-03-31.</translation>
    </message>
</context>
<context>
    <name>ExpirySummary</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="56" />
        <source>No document expires within {days} days.</source>
        <translation>Yksikään asiakirja ei vanhene {days} päivän kuluessa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="59" />
        <source>{expired} expired, {expiring} expiring within {days} days.</source>
        <translation>Vanhentuneita {expired}, {days} päivän kuluessa vanhenevia {expiring}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="75" />
        <source>expired {date}</source>
        <translation>vanhentunut {date}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/expiry_summary.py" line="77" />
        <source>valid until {date} ({days} d)</source>
        <translation>voimassa {date} asti ({days} pv)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="137" />
        <source>The report sums up the notice, the chosen lots, the bid/no-bid reasons, the checklist and the documents. The package is a zip of the report, the documents and a manifest with checksums.</source>
        <translation>Raportti kokoaa yhteen hankintailmoituksen, valitut osa-alueet, tarjoamispäätöksen perustelut, tarkistuslistan ja asiakirjat. Paketti on zip-tiedosto, jossa ovat raportti, asiakirjat ja tarkistussummat sisältävä sisällysluettelo.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="142" />
        <source>Save report (PDF)…</source>
        <translation>Tallenna raportti (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="143" />
        <source>Save bid package (zip)…</source>
        <translation>Tallenna tarjouspaketti (zip)…</translation>
    </message>
</context>
<context>
    <name>ForYouPage</name>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="59" />
        <source>Only notices still open</source>
        <translation>Vain avoinna olevat ilmoitukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="61" />
        <source>Rank again</source>
        <translation>Järjestä uudelleen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="62" />
        <source>Mark all seen</source>
        <translation>Merkitse kaikki nähdyiksi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="101" />
        <source>For you</source>
        <translation>Sinulle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="103" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lisää ensin yritys Yritykset-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="105" />
        <source>For you: {name}</source>
        <translation>Sinulle: {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="169" />
        <source>{count} matching notices, {new} new since the last sync.</source>
        <translation>Osuvia ilmoituksia {count}, joista uusia edellisen päivityksen jälkeen {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="181" />
        <source>{count} new matching notices for {name}</source>
        <translation>Uusia osuvia ilmoituksia yritykselle {name}: {count}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="185" />
        <source>Tender Helper</source>
        <translation>Tender Helper</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="221" />
        <source>Dismissed; it stays away after the next sync.</source>
        <translation>Piilotettu; ilmoitus ei palaa seuraavassa päivityksessä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="165" />
        <source>No notices match this profile yet.</source>
        <translation>Tähän profiiliin ei vielä osu yhtään ilmoitusta.</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="237" />
        <source>Export hand-off package</source>
        <translation>Vie siirtopaketti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="250" />
        <source>Import hand-off package</source>
        <translation>Tuo siirtopaketti</translation>
    </message>
</context>
<context>
    <name>HandoffReport</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="151" />
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="152" />
        <source>Search profile</source>
        <translation>Hakuprofiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="153" />
        <source>Sessions</source>
        <translation>Neuvontatapaamiset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="154" />
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="155" />
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="156" />
        <source>Sustainability statements</source>
        <translation>Kestävyysraportit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="157" />
        <source>Notices</source>
        <translation>Hankintailmoitukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="158" />
        <source>Bids</source>
        <translation>Tarjoukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="159" />
        <source>Checklist steps</source>
        <translation>Tarkistuslistan vaiheet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="177" />
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="178" />
        <source>updated</source>
        <translation>päivitetty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="179" />
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="180" />
        <source>kept yours</source>
        <translation>oma versiosi säilytetty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="181" />
        <source>replaced by the package's</source>
        <translation>korvattu paketin versiolla</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="199" />
        <source>History of {title}</source>
        <translation>Versiohistoria: {title}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/document_dialog.py" line="208" />
        <source>Open this version</source>
        <translation>Avaa tämä versio</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="36" />
        <source>See tenders</source>
        <translation>Näytä hankinnat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="54" />
        <source>Search profile</source>
        <translation>Hakuprofiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="55" />
        <source>Tenders</source>
        <translation>Hankinnat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="57" />
        <source>Active bids by next deadline</source>
        <translation>Keskeneräiset tarjoukset seuraavan määräajan mukaan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="59" />
        <source>Documents expired or expiring soon</source>
        <translation>Vanhentuneet tai pian vanhenevat asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="88" />
        <source>Overview — {name}</source>
        <translation>Yleiskatsaus — {name}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="88" />
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="96" />
        <source>Start by adding your company on the Companies page.</source>
        <translation>Aloita lisäämällä yrityksesi Yritykset-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="97" />
        <source>Add a company</source>
        <translation>Lisää yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="106" />
        <source>The search profile is empty. Choose what you sell (CPV codes), where you work and a few keywords, and Tender Helper ranks the tenders for you.</source>
        <translation>Hakuprofiili on tyhjä. Valitse, mitä myyt (CPV-koodit), missä toimit ja muutama hakusana, niin Tender Helper järjestää hankinnat puolestasi osuvuuden mukaan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="110" />
        <source>Fill in the profile</source>
        <translation>Täytä profiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="113" />
        <source>CPV codes: {cpv} · Regions: {regions} · Keywords: {words}</source>
        <translation>CPV-koodit: {cpv} · Alueet: {regions} · Hakusanat: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="117" />
        <source>Edit the profile</source>
        <translation>Muokkaa profiilia</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="123" />
        <source>No tenders saved yet. Update from TED, import notice files, or try the sample data.</source>
        <translation>Hankintoja ei ole vielä tallennettu. Päivitä TEDistä, tuo ilmoitustiedostoja tai kokeile esimerkkiaineistoa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="126" />
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="127" />
        <source>{total} notices saved on this computer, {open} still open. Last update from TED: {when}.</source>
        <translation>Tälle tietokoneelle tallennettuja ilmoituksia: {total}, joista avoinna {open}. Viimeisin päivitys TEDistä: {when}.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="105" />
        <source>Import finished</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="111" />
        <source>These could not be imported:</source>
        <translation>Näitä ei voitu tuoda:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="125" />
        <source>New notices: {new}. Updated: {updated}. Already in the cache: {unchanged}.</source>
        <translation>Uusia ilmoituksia: {new}. Päivitettyjä: {updated}. Jo tallennettuja: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="129" />
        <source>The import was cancelled. So far: {counts}</source>
        <translation>Tuonti peruttiin. Tähän mennessä: {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="132" />
        <source>Could not be imported: {count}.</source>
        <translation>Tuonti epäonnistui: {count}.</translation>
    </message>
</context>
<context>
    <name>LotRow</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="54" />
        <source>Fits the company</source>
        <translation>Sopii yritykselle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="54" />
        <source>Does not fit the company</source>
        <translation>Ei sovi yritykselle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="100" />
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="102" />
        <source>Company:</source>
        <translation>Yritys:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="123" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="124" />
        <source>&amp;About Tender Helper</source>
        <translation>&amp;Tietoja Tender Helperistä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="130" />
        <source>Database: {kind}</source>
        <translation>Tietokanta: {kind}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="136" />
        <source>The database was updated; a copy of the old one is in {path}.</source>
        <translation>Tietokanta päivitettiin; kopio vanhasta on tallessa: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="143" />
        <source>No companies yet</source>
        <translation>Ei vielä yrityksiä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="159" />
        <source>Working on {name}.</source>
        <translation>Valittu yritys: {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/main_window.py" line="169" />
        <source>Settings saved. Some changes apply after a restart.</source>
        <translation>Asetukset tallennettu. Osa muutoksista tulee voimaan vasta uudelleenkäynnistyksen jälkeen.</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="86" />
        <source>New since last sync</source>
        <translation>Uusi edellisen päivityksen jälkeen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="93" />
        <source>Dismiss</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="96" />
        <source>Don't show similar</source>
        <translation>Älä näytä samankaltaisia</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="98" />
        <source>Dismiss, and rank lower the notices of this buyer or main CPV</source>
        <translation>Piilota ja sijoita tämän hankintayksikön tai pää-CPV-koodin ilmoitukset alemmas</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="100" />
        <source>Open bid</source>
        <translation>Aloita tarjous</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="104" />
        <source>Bids come with a later version: there is no Bids page yet.</source>
        <translation>Tarjoukset tulevat myöhemmässä versiossa: Tarjoukset-sivua ei vielä ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="119" />
        <source>{buyer} ({country}) · deadline {deadline} · {source_id}</source>
        <translation>{buyer} ({country}) · määräaika {deadline} · {source_id}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="126" />
        <source>Unstar</source>
        <translation>Poista tähti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="126" />
        <source>Star</source>
        <translation>Merkitse tähdellä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/match_card.py" line="131" />
        <source>Lots: {fit} of {count} fit</source>
        <translation>Sopivia osa-alueita: {fit}/{count}</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="19" />
        <source>CPV {code} ({label}) is one of yours</source>
        <translation>CPV {code} ({label}) on profiilisi koodi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="20" />
        <source>CPV {code} ({label}) is under your {profile_code}</source>
        <translation>CPV {code} ({label}) kuuluu koodisi {profile_code} alle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="21" />
        <source>CPV {code} ({label}) is broader than your {profile_code}</source>
        <translation>CPV {code} ({label}) on laajempi kuin koodisi {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="22" />
        <source>CPV {code} ({label}) is in the same group as your {profile_code}</source>
        <translation>CPV {code} ({label}) on samassa ryhmässä kuin koodisi {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="23" />
        <source>CPV {code} ({label}) is in the same division as your {profile_code}</source>
        <translation>CPV {code} ({label}) on samassa osastossa kuin koodisi {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="26" />
        <source>CPV {code} ({label}) is outside your codes</source>
        <translation>CPV {code} ({label}) ei kuulu koodeihisi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="27" />
        <source>Region {code} {label} is in your area</source>
        <translation>Alue {code} {label} on toiminta-alueellasi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="28" />
        <source>Region {code} {label} includes your {profile_code}</source>
        <translation>Alue {code} {label} sisältää alueesi {profile_code}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="29" />
        <source>In {country}, one of your countries</source>
        <translation>Maa {country} kuuluu maihisi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="30" />
        <source>Outside your area ({country})</source>
        <translation>Toiminta-alueesi ulkopuolella ({country})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="31" />
        <source>Words: {words}</source>
        <translation>Sanat: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="32" />
        <source>Words of your CPV labels: {words}</source>
        <translation>CPV-nimikkeidesi sanat: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="33" />
        <source>Excluded word: {words}</source>
        <translation>Poissulkeva sana: {words}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="34" />
        <source>Estimated {value} fits your range</source>
        <translation>Arvioitu arvo {value} sopii arvoväliisi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="35" />
        <source>Value {value} is below your smallest {limit}</source>
        <translation>Arvo {value} alittaa vähimmäisarvosi {limit}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="36" />
        <source>Value {value} is above your largest {limit}</source>
        <translation>Arvo {value} ylittää enimmäisarvosi {limit}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="37" />
        <source>Value {value} is far above your turnover ({turnover})</source>
        <translation>Arvo {value} on paljon suurempi kuin liikevaihtosi ({turnover})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="38" />
        <source>Deadline in {days} days</source>
        <translation>Määräaikaan {days} päivää</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="39" />
        <source>Only {days} days left</source>
        <translation>Vain {days} päivää jäljellä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="40" />
        <source>Deadline passed {days} days ago</source>
        <translation>Määräaika päättyi {days} päivää sitten</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="41" />
        <source>Your profile does not ask for {kind} notices</source>
        <translation>Ilmoitustyyppi ei kuulu profiiliisi: {kind}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="42" />
        <source>Cancelled by the buyer</source>
        <translation>Hankintayksikkö keskeytti hankinnan</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="43" />
        <source>Same buyer as a notice you dismissed ({buyer})</source>
        <translation>Sama hankintayksikkö kuin piilottamassasi ilmoituksessa ({buyer})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="44" />
        <source>Same main CPV as a notice you dismissed ({code})</source>
        <translation>Sama pää-CPV-koodi kuin piilottamassasi ilmoituksessa ({code})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="45" />
        <source>The notice lists no lots; it is scored as a whole</source>
        <translation>Ilmoituksessa ei ole osa-alueita, joten se pisteytetään kokonaisuutena</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="46" />
        <source>Text in {languages} is compared word for word, without stemming</source>
        <translation>Tekstiä kielillä {languages} verrataan sana sanalta ilman perusmuotoistusta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="47" />
        <source>The notice has no text to compare words with</source>
        <translation>Ilmoituksessa ei ole tekstiä, johon sanoja voisi verrata</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="49" />
        <source>Nothing can be ranked: the search profile is empty. Add CPV codes, keywords, regions or countries on the Search profile page.</source>
        <translation>Mitään ei voi asettaa järjestykseen, koska hakuprofiili on tyhjä. Lisää CPV-koodeja, hakusanoja, alueita tai maita Hakuprofiili-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="54" />
        <source>Keyword '{word}' has only common words or symbols, so it cannot find anything</source>
        <translation>Hakusana ”{word}” sisältää vain yleisiä sanoja tai merkkejä, joten sillä ei löydy mitään</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="57" />
        <source>No stored notice uses your CPV codes {codes} or codes under them</source>
        <translation>Mikään tallennettu ilmoitus ei käytä CPV-koodejasi {codes} tai niiden alakoodeja</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="58" />
        <source>There are no notices yet: import or sync notices first</source>
        <translation>Ilmoituksia ei vielä ole: tuo tai päivitä ilmoitukset ensin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="59" />
        <source>No stored notice shares a CPV code, a keyword or a region with the profile</source>
        <translation>Yhdelläkään tallennetulla ilmoituksella ei ole yhteistä CPV-koodia, hakusanaa tai aluetta profiilin kanssa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="64" />
        <source>call for tender</source>
        <translation>hankintailmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="65" />
        <source>prior information</source>
        <translation>ennakkoilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="66" />
        <source>award</source>
        <translation>jälki-ilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="67" />
        <source>change</source>
        <translation>muutosilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/matching/explain.py" line="68" />
        <source>other</source>
        <translation>muu ilmoitus</translation>
    </message>
</context>
<context>
    <name>NoticeDetail</name>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="76" />
        <source>Sample data: a real past notice with its dates moved near today. It is not open for tenders.</source>
        <translation>Esimerkkiaineisto: todellinen aiempi hankintailmoitus, jonka päivämäärät on siirretty lähelle nykyhetkeä. Siihen ei voi jättää tarjousta.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="82" />
        <source>This procedure was cancelled by the buyer.</source>
        <translation>Hankintayksikkö on keskeyttänyt tämän hankinnan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="86" />
        <source>Open on TED</source>
        <translation>Avaa TEDissä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="87" />
        <source>Open documents</source>
        <translation>Avaa hankinta-asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="88" />
        <source>Prepare a bid…</source>
        <translation>Valmistele tarjous…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="123" />
        <source>Choose a notice.</source>
        <translation>Valitse hankintailmoitus.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="137" />
        <source>Buyer</source>
        <translation>Hankintayksikkö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="138" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="139" />
        <source>Kind</source>
        <translation>Ilmoitustyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="140" />
        <source>Procedure</source>
        <translation>Menettely</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="141" />
        <source>Contract</source>
        <translation>Hankintalaji</translation>
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
        <translation>Suorituspaikka</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="144" />
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="145" />
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="146" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="173" />
        <source>Tender deadline</source>
        <translation>Tarjousten määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="147" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="174" />
        <source>Requests to participate by</source>
        <translation>Osallistumishakemukset viimeistään</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="148" />
        <location filename="../../tender_helper/ui/notice_detail.py" line="172" />
        <source>Estimated value</source>
        <translation>Arvioitu arvo</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="149" />
        <source>Notice</source>
        <translation>Hankintailmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="154" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="157" />
        <source>Lots ({count})</source>
        <translation>Osa-alueet ({count})</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="162" />
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="168" />
        <source>Lot {id}</source>
        <translation>Osa-alue {id}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="212" />
        <source>Deadline of lot {lot} moved from {old} to {new}.</source>
        <translation>Osa-alueen {lot} määräaika siirtyi: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="213" />
        <source>Deadline moved from {old} to {new}.</source>
        <translation>Määräaika siirtyi: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="215" />
        <source>Lot {lot} was added.</source>
        <translation>Osa-alue {lot} lisättiin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="217" />
        <source>Lot {lot} was removed.</source>
        <translation>Osa-alue {lot} poistettiin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="220" />
        <source>Estimated value changed from {old} to {new}.</source>
        <translation>Arvioitu arvo muuttui: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="222" />
        <source>The title was changed.</source>
        <translation>Otsikkoa muutettiin.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="225" />
        <source>CPV codes changed from {old} to {new}.</source>
        <translation>CPV-koodit muuttuivat: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="227" />
        <source>The buyer cancelled the procedure.</source>
        <translation>Hankintayksikkö keskeytti hankinnan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="229" />
        <source>The buyer published a correction.</source>
        <translation>Hankintayksikkö julkaisi oikaisun.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notice_detail.py" line="230" />
        <source>The notice was changed.</source>
        <translation>Ilmoitusta muutettiin.</translation>
    </message>
</context>
<context>
    <name>NoticeFilters</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="85" />
        <source>Search titles, descriptions and buyers…</source>
        <translation>Hae otsikoista, kuvauksista ja hankintayksiköistä…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="87" />
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="91" />
        <source>All kinds</source>
        <translation>Kaikki ilmoitustyypit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="96" />
        <source>CPV, e.g. 9091</source>
        <translation>CPV, esim. 9091</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="97" />
        <source>Type the start of a CPV code, or several separated by commas</source>
        <translation>Kirjoita CPV-koodin alku tai useita pilkuilla erotettuina</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="98" />
        <source>CPV tree…</source>
        <translation>CPV-puu…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="99" />
        <source>Still open</source>
        <translation>Vielä avoinna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_filters.py" line="100" />
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="41" />
        <source>Calls for tender</source>
        <translation>Hankintailmoitukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="42" />
        <source>Prior information notices</source>
        <translation>Ennakkoilmoitukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="43" />
        <source>Market consultations</source>
        <translation>Markkinavuoropuhelut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="44" />
        <source>Award notices (market intelligence)</source>
        <translation>Jälki-ilmoitukset (markkinatieto)</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="40" />
        <source>Call for tender</source>
        <translation>Hankintailmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="41" />
        <source>Prior information</source>
        <translation>Ennakkoilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="42" />
        <source>Award</source>
        <translation>Jälki-ilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="43" />
        <source>Change</source>
        <translation>Muutosilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="44" />
        <source>Other</source>
        <translation>Muu ilmoitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="58" />
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="61" />
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="63" />
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="64" />
        <source>in {days} days</source>
        <translation>{days} päivän päästä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="71" />
        <source>Sample data</source>
        <translation>Esimerkkiaineisto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="73" />
        <source>Cancelled</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="76" />
        <source>Deadline moved</source>
        <translation>Määräaika siirtyi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="78" />
        <source>Changed</source>
        <translation>Muuttunut</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="268" />
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="317" />
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="318" />
        <source>Buyer</source>
        <translation>Hankintayksikkö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="319" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="320" />
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="321" />
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="322" />
        <source>Kind</source>
        <translation>Ilmoitustyyppi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="323" />
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/notice_table_model.py" line="324" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="64" />
        <source>Update tenders</source>
        <translation>Päivitä hankinnat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="65" />
        <source>Import notices…</source>
        <translation>Tuo ilmoituksia…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="119" />
        <source>Files or TED packages…</source>
        <translation>Tiedostot tai TED-paketit…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="120" />
        <source>A folder…</source>
        <translation>Kansio…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="124" />
        <source>Notices</source>
        <translation>Hankintailmoitukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="177" />
        <source>&amp;Update tenders</source>
        <translation>&amp;Päivitä hankinnat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="178" />
        <source>&amp;Import notices…</source>
        <translation>&amp;Tuo ilmoituksia…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="179" />
        <source>Import a &amp;folder of notices…</source>
        <translation>Tuo ilmoitukset &amp;kansiosta…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="215" />
        <source>{count} notices in the cache</source>
        <translation>Tallennettuja ilmoituksia: {count}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="217" />
        <source>Showing {shown} of {total} notices</source>
        <translation>Näytetään {shown}/{total} ilmoitusta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="282" />
        <source>Updating tenders from TED…</source>
        <translation>Päivitetään hankintoja TEDistä…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="285" />
        <source>New notices: {new}. Changed: {changed}.</source>
        <translation>Uusia ilmoituksia: {new}. Muuttuneita: {changed}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="287" />
        <source>Update cancelled. {counts}</source>
        <translation>Päivitys peruttu. {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="289" />
        <source>The update stopped early: {reason} {counts}</source>
        <translation>Päivitys keskeytyi: {reason} {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="293" />
        <source>Tenders updated. {counts}</source>
        <translation>Hankinnat päivitetty. {counts}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="295" />
        <source>Not downloaded, tried again next time: {count}.</source>
        <translation>Lataamatta (yritetään uudelleen seuraavalla kerralla): {count}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="306" />
        <source>Import notices</source>
        <translation>Tuo ilmoituksia</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="308" />
        <source>Notices and TED packages (*.xml *.tar.gz *.tgz *.tar);;All files (*)</source>
        <translation>Ilmoitukset ja TED-paketit (*.xml *.tar.gz *.tgz *.tar);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="314" />
        <source>Import a folder of notices</source>
        <translation>Tuo ilmoitukset kansiosta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="328" />
        <source>Importing notices…</source>
        <translation>Tuodaan ilmoituksia…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="354" />
        <source>Loading sample data…</source>
        <translation>Ladataan esimerkkiaineistoa…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="358" />
        <source>Removing sample data…</source>
        <translation>Poistetaan esimerkkiaineistoa…</translation>
    </message>
</context>
<context>
    <name>NutsPicker</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/nuts_picker.py" line="33" />
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/nuts_picker.py" line="38" />
        <source>Find a region, e.g. Uusimaa, Skåne, Vestland</source>
        <translation>Etsi alue, esim. Uusimaa, Skåne, Vestland</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="41" />
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="42" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="75" />
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sync_dialog.py" line="83" />
        <source>Stopping after the current step…</source>
        <translation>Pysäytetään nykyisen vaiheen jälkeen…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../tender_helper/ui/bids_page.py" line="398" />
        <source>Bids</source>
        <translation>Tarjoukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/companies_page.py" line="163" />
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/documents_page.py" line="384" />
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/for_you_page.py" line="248" />
        <source>For you</source>
        <translation>Sinulle</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/home_page.py" line="134" />
        <source>Start</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/notices_page.py" line="387" />
        <source>Notices</source>
        <translation>Hankintailmoitukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="216" />
        <source>Search profile</source>
        <translation>Hakuprofiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="353" />
        <source>Advice sessions</source>
        <translation>Neuvontatapaamiset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="344" />
        <source>Sustainability</source>
        <translation>Kestävyys</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="44" />
        <source>Hand-off package passphrase</source>
        <translation>Siirtopaketin tunnuslause</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="52" />
        <source>Passphrase:</source>
        <translation>Tunnuslause:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="54" />
        <source>Repeat:</source>
        <translation>Toista:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="55" />
        <source>Give the passphrase to the entrepreneur by another way than the file (phone, in person).</source>
        <translation>Kerro tunnuslause yrittäjälle muuta kautta kuin tiedoston mukana (puhelimitse tai henkilökohtaisesti).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="57" />
        <source>The passphrase the adviser gave you with the package.</source>
        <translation>Tunnuslause, jonka neuvoja antoi sinulle paketin yhteydessä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="72" />
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään {count} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="75" />
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="77" />
        <source>Enter the passphrase.</source>
        <translation>Anna tunnuslause.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="56" />
        <source>Reading the CPV list…</source>
        <translation>Luetaan CPV-luetteloa…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="62" />
        <source>e.g. siivous, städning, cleaning</source>
        <translation>esim. siivous, städning, cleaning</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="64" />
        <source>e.g. asbesti, asbest</source>
        <translation>esim. asbesti, asbest</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="69" />
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="74" />
        <source>Save profile</source>
        <translation>Tallenna profiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="86" />
        <source>Products and services (CPV)</source>
        <translation>Tuotteet ja palvelut (CPV)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="87" />
        <source>Regions and countries</source>
        <translation>Alueet ja maat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="88" />
        <source>Words, size and timing</source>
        <translation>Sanat, arvo ja aikataulu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="100" />
        <source>Choose the CPV codes of what you sell. Buyers classify every notice with them.</source>
        <translation>Valitse myymiesi tuotteiden ja palvelujen CPV-koodit. Hankintayksiköt luokittelevat jokaisen ilmoituksen niiden avulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="119" />
        <source>Where you can deliver (place of performance)</source>
        <translation>Toimitusalue (hankinnan suorituspaikka)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="121" />
        <source>Buyer countries to watch</source>
        <translation>Seurattavat hankintayksiköiden maat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="133" />
        <source>Keywords (any language, comma-separated)</source>
        <translation>Hakusanat (millä tahansa kielellä, pilkuilla erotettuina)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="134" />
        <source>Excluded words</source>
        <translation>Poissulkevat sanat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="135" />
        <source>Smallest contract value (EUR)</source>
        <translation>Hankinnan vähimmäisarvo (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="136" />
        <source>Largest contract value (EUR)</source>
        <translation>Hankinnan enimmäisarvo (EUR)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="137" />
        <source>Fewest days left to the deadline</source>
        <translation>Määräaikaan vähintään päiviä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="143" />
        <source>Notice kinds</source>
        <translation>Ilmoitustyypit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="152" />
        <source>Search profile</source>
        <translation>Hakuprofiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="153" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lisää ensin yritys Yritykset-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="155" />
        <source>Search profile of {name}</source>
        <translation>Yrityksen {name} hakuprofiili</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/profile_page.py" line="210" />
        <source>Search profile saved.</source>
        <translation>Hakuprofiili tallennettu.</translation>
    </message>
</context>
<context>
    <name>RunningTimerDialog</name>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="192" />
        <source>A session timer is still running</source>
        <translation>Neuvontatapaamisen ajastin on yhä käynnissä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="195" />
        <source>The timer of the session with {name} has been running since {since}. Was the app closed during the session?</source>
        <translation>Yrityksen {name} kanssa pidetyn neuvontatapaamisen ajastin on ollut käynnissä {since} lähtien. Suljettiinko sovellus neuvontatapaamisen aikana?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="202" />
        <source>Keep running</source>
        <translation>Anna jatkua</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="203" />
        <source>Stop and count the time</source>
        <translation>Pysäytä ja kirjaa aika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/handoff_dialogs.py" line="204" />
        <source>Stop without counting</source>
        <translation>Pysäytä kirjaamatta</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="70" />
        <source>You are looking at sample data. Sample notices are marked and can be removed at any time.</source>
        <translation>Näet esimerkkiaineistoa. Esimerkki-ilmoitukset on merkitty, ja ne voi poistaa milloin tahansa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="73" />
        <source>Remove sample data</source>
        <translation>Poista esimerkkiaineisto</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="100" />
        <source>Sample data loaded: {count} notices and the sample company {name}.</source>
        <translation>Esimerkkiaineisto ladattu: {count} ilmoitusta ja esimerkkiyritys {name}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="112" />
        <source>Remove sample data</source>
        <translation>Poista esimerkkiaineisto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="113" />
        <source>Remove the sample notices and the sample company? Your own notices and companies stay.</source>
        <translation>Poistetaanko esimerkki-ilmoitukset ja esimerkkiyritys? Omat ilmoituksesi ja yrityksesi säilyvät.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="134" />
        <source>Sample data removed (notices: {notices}, companies: {companies}).</source>
        <translation>Esimerkkiaineisto poistettu (ilmoituksia: {notices}, yrityksiä: {companies}).</translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="32" />
        <source>No notices yet</source>
        <translation>Ei vielä ilmoituksia</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="35" />
        <source>Tender Helper keeps the notices it finds on this computer, so you can search them even offline. Download the current calls for tender from TED, import notice files you already have, or first look around with sample notices and a sample cleaning company.</source>
        <translation>Tender Helper tallentaa löytämänsä hankintailmoitukset tälle tietokoneelle, joten voit hakea niistä myös ilman verkkoyhteyttä. Lataa ajankohtaiset hankintailmoitukset TEDistä, tuo jo hallussasi olevia ilmoitustiedostoja tai tutustu ensin ohjelmaan esimerkki-ilmoitusten ja siivousalan esimerkkiyrityksen avulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="43" />
        <source>Try with sample data</source>
        <translation>Kokeile esimerkkiaineistolla</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="44" />
        <source>Update tenders</source>
        <translation>Päivitä hankinnat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sample_data.py" line="45" />
        <source>Import notices…</source>
        <translation>Tuo ilmoituksia…</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="66" />
        <source>New session</source>
        <translation>Uusi neuvontatapaaminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="67" />
        <source>Save session</source>
        <translation>Tallenna neuvontatapaaminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="68" />
        <source>Summary PDF…</source>
        <translation>Yhteenveto-PDF…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="69" />
        <source>Presentation mode</source>
        <translation>Esitystila</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="71" />
        <source>Export hand-off…</source>
        <translation>Vie siirtopaketti…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="72" />
        <source>Import hand-off…</source>
        <translation>Tuo siirtopaketti…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="75" />
        <location filename="../../tender_helper/ui/session_editor.py" line="177" />
        <source>Start timer</source>
        <translation>Käynnistä ajastin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="90" />
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="103" />
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="120" />
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jatkotoimet&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="142" />
        <source>Timer:</source>
        <translation>Ajastin:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="143" />
        <source>Started:</source>
        <translation>Alkoi:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="144" />
        <source>Duration:</source>
        <translation>Kesto:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="148" />
        <source>Topics:</source>
        <translation>Aiheet:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="149" />
        <source>Notes:</source>
        <translation>Muistiinpanot:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="177" />
        <source>Stop timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="182" />
        <source>Running {clock} (+{minutes} min counted)</source>
        <translation>Käynnissä {clock} (+{minutes} min laskettu)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="194" />
        <source>Write the start as YYYY-MM-DD HH:MM.</source>
        <translation>Kirjoita alkamisaika muodossa VVVV-KK-PP TT:MM.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="206" />
        <source>Write the due date as YYYY-MM-DD.</source>
        <translation>Kirjoita määräaika muodossa VVVV-KK-PP.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="35" />
        <source>Finding tenders</source>
        <translation>Tarjouspyyntöjen löytäminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="36" />
        <source>Reading a tender</source>
        <translation>Tarjouspyynnön lukeminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="37" />
        <source>ESPD</source>
        <translation>ESPD-lomake</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="38" />
        <source>Pricing</source>
        <translation>Hinnoittelu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="39" />
        <source>Sustainability statement</source>
        <translation>Kestävyysraportti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="40" />
        <source>E-tendering systems</source>
        <translation>Sähköiset tarjousjärjestelmät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/session_editor.py" line="41" />
        <source>Documents</source>
        <translation>Asiakirjat ja todistukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="84" />
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="86" />
        <source>Save allowance</source>
        <translation>Tallenna kiintiö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="105" />
        <source>Advice allowance:</source>
        <translation>Neuvontakiintiö:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="106" />
        <source>Programme:</source>
        <translation>Ohjelma:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="144" />
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="145" />
        <source>Hours used / allowed</source>
        <translation>Tunnit: käytetty / kiintiö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="146" />
        <source>Open follow-ups</source>
        <translation>Avoimet jatkotoimet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="147" />
        <source>Next due</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="148" />
        <source>Active bids</source>
        <translation>Keskeneräiset tarjoukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="149" />
        <source>Expiring documents</source>
        <translation>Vanhenevat asiakirjat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="162" />
        <source>Add a client company on the Companies page first.</source>
        <translation>Lisää ensin asiakasyritys Yritykset-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="175" />
        <source>Used {used} of {allowed}; {left} left.</source>
        <translation>Käytetty {used}/{allowed}; jäljellä {left}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="175" />
        <source>Used {used}.</source>
        <translation>Käytetty {used}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="265" />
        <source>Session saved.</source>
        <translation>Neuvontatapaaminen tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="322" />
        <source>Save session summary</source>
        <translation>Tallenna neuvontatapaamisen yhteenveto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="331" />
        <location filename="../../tender_helper/ui/sessions_page.py" line="339" />
        <source>Wrote {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="344" />
        <source>Nothing had changed.</source>
        <translation>Mikään ei ollut muuttunut.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sessions_page.py" line="346" />
        <source>Hand-off imported</source>
        <translation>Siirtopaketti tuotu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="35" />
        <source>Same as the computer</source>
        <translation>Sama kuin tietokoneessa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="41" />
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="44" />
        <source>Empty: the database file in the data folder</source>
        <translation>Tyhjä: tietokansiossa oleva tietokantatiedosto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="51" />
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="55" />
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="56" />
        <source>Database address</source>
        <translation>Tietokannan osoite</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="58" />
        <source>An advisers' office can share one PostgreSQL database, e.g. postgresql+psycopg://adviser@server/tenderhelper. Language and database changes apply when Tender Helper starts next time.</source>
        <translation>Neuvontatoimisto voi käyttää yhteistä PostgreSQL-tietokantaa, esim. postgresql+psycopg://adviser@server/tenderhelper. Kielen ja tietokannan muutokset tulevat voimaan, kun Tender Helper käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="63" />
        <source>The environment variable {name} overrides this setting now.</source>
        <translation>Ympäristömuuttuja {name} ohittaa tällä hetkellä tämän asetuksen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/settings_dialog.py" line="85" />
        <source>This database address cannot be used: {reason}</source>
        <translation>Tätä tietokannan osoitetta ei voi käyttää: {reason}</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="64" />
        <source>Micro (under 10 staff)</source>
        <translation>Mikro (alle 10 henkilöä)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="65" />
        <source>Small (under 50 staff)</source>
        <translation>Pieni (alle 50 henkilöä)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="66" />
        <source>Medium (under 250 staff)</source>
        <translation>Keskisuuri (alle 250 henkilöä)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/company_table_model.py" line="67" />
        <source>Large</source>
        <translation>Suuri</translation>
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
        <translation>Bensiini</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="33" />
        <source>Light heating oil</source>
        <translation>Kevyt polttoöljy</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="34" />
        <source>Natural gas</source>
        <translation>Maakaasu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="35" />
        <source>LPG (liquefied petroleum gas)</source>
        <translation>Nestekaasu (LPG)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/factors.py" line="36" />
        <source>HVO renewable diesel</source>
        <translation>Uusiutuva diesel (HVO)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="25" />
        <source>B1 Basis for preparation</source>
        <translation>B1 Raportoinnin perusta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="26" />
        <source>B2 Practices, policies and future initiatives</source>
        <translation>B2 Käytännöt, toimintaperiaatteet ja tulevat aloitteet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="27" />
        <source>B3 Energy and greenhouse gas emissions</source>
        <translation>B3 Energia ja kasvihuonekaasupäästöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="28" />
        <source>B4 Pollution of air, water and soil</source>
        <translation>B4 Ilman, veden ja maaperän pilaantuminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="29" />
        <source>B5 Biodiversity</source>
        <translation>B5 Luonnon monimuotoisuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="30" />
        <source>B6 Water</source>
        <translation>B6 Vesi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="31" />
        <source>B7 Resource use, circular economy and waste management</source>
        <translation>B7 Resurssien käyttö, kiertotalous ja jätehuolto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="32" />
        <source>B8 Workforce: general characteristics</source>
        <translation>B8 Henkilöstö: yleiset tiedot</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="33" />
        <source>B9 Workforce: health and safety</source>
        <translation>B9 Henkilöstö: työterveys ja -turvallisuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="34" />
        <source>B10 Workforce: remuneration, collective bargaining and training</source>
        <translation>B10 Henkilöstö: palkat, työehtosopimukset ja koulutus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="35" />
        <source>B11 Convictions and fines for corruption and bribery</source>
        <translation>B11 Korruptio- ja lahjontatuomiot ja sakot</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="39" />
        <source>Climate change</source>
        <translation>Ilmastonmuutos</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="40" />
        <source>Pollution</source>
        <translation>Pilaantuminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="41" />
        <source>Water and marine resources</source>
        <translation>Vesi- ja merivarat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="42" />
        <source>Biodiversity and ecosystems</source>
        <translation>Luonnon monimuotoisuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="43" />
        <source>Resource use and circular economy</source>
        <translation>Resurssien käyttö ja kiertotalous</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="44" />
        <source>Own workforce</source>
        <translation>Oma henkilöstö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="45" />
        <source>Workers in the value chain</source>
        <translation>Arvoketjun työntekijät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="46" />
        <source>Affected communities</source>
        <translation>Vaikutusalueen yhteisöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="47" />
        <source>Consumers and end-users</source>
        <translation>Kuluttajat ja loppukäyttäjät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="48" />
        <source>Business conduct</source>
        <translation>Liiketoiminnan harjoittaminen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="53" />
        <source>Reporting year</source>
        <translation>Raportointivuosi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="55" />
        <source>The financial year the statement covers, e.g. 2024.</source>
        <translation>Tilikausi, jota raportti koskee, esim. 2024.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="58" />
        <source>Module</source>
        <translation>Moduuli</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="60" />
        <source>Basic Module only, or Basic and Comprehensive Module.</source>
        <translation>Pelkkä perusmoduuli tai perusmoduuli ja laaja moduuli.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="63" />
        <source>Basis</source>
        <translation>Raportoinnin laajuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="65" />
        <source>Individual: this company only. Consolidated: the company and its subsidiaries.</source>
        <translation>Yksittäinen: vain tämä yritys. Konsolidoitu: yritys ja sen tytäryhtiöt.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="70" />
        <source>Subsidiaries included</source>
        <translation>Mukana olevat tytäryhtiöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="72" />
        <source>Names of subsidiaries in a consolidated statement.</source>
        <translation>Konsolidoituun raporttiin sisältyvien tytäryhtiöiden nimet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="75" />
        <source>Information omitted</source>
        <translation>Pois jätetyt tiedot</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="77" />
        <source>Say which classified or sensitive information is left out, if any.</source>
        <translation>Kerro, mitkä turvaluokitellut tai arkaluonteiset tiedot on jätetty pois, jos sellaisia on.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="80" />
        <source>Legal form</source>
        <translation>Oikeudellinen muoto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="82" />
        <source>E.g. limited company (Oy, AB, AS) or partnership.</source>
        <translation>Esim. osakeyhtiö (Oy, AB, AS) tai henkilöyhtiö.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="85" />
        <source>NACE sector codes</source>
        <translation>Toimialakoodit (NACE)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="87" />
        <source>The NACE codes of your main activities, e.g. 43.21.</source>
        <translation>Päätoimialojen NACE-koodit, esim. 43.21.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="90" />
        <source>Balance sheet total</source>
        <translation>Taseen loppusumma</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="92" />
        <source>From the latest financial statements.</source>
        <translation>Viimeisimmästä tilinpäätöksestä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="95" />
        <source>Turnover</source>
        <translation>Liikevaihto</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="97" />
        <source>Net turnover of the reporting year.</source>
        <translation>Raportointivuoden liikevaihto.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="100" />
        <source>Number of employees</source>
        <translation>Työntekijöiden määrä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="102" />
        <source>At year end, as headcount or full-time equivalents.</source>
        <translation>Vuoden lopussa, henkilöinä tai henkilötyövuosina.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="105" />
        <source>Employees counted as</source>
        <translation>Laskentatapa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="107" />
        <source>Headcount or full-time equivalents (FTE).</source>
        <translation>Henkilömäärä tai henkilötyövuodet (FTE).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="110" />
        <source>Country of primary operations</source>
        <translation>Päätoimintamaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="112" />
        <source>Two-letter code, e.g. FI, SE or NO.</source>
        <translation>Kaksikirjaiminen koodi, esim. FI, SE tai NO.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="115" />
        <source>Sites</source>
        <translation>Toimipaikat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="117" />
        <source>Offices, depots and workshops, with address and, if known, coordinates.</source>
        <translation>Toimistot, varikot ja verstaat osoitteineen sekä koordinaatteineen, jos ne tiedetään.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="120" />
        <source>Sustainability certifications and labels</source>
        <translation>Kestävyyssertifikaatit ja -merkit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="122" />
        <source>E.g. ISO 14001, EMAS, Nordic Swan Ecolabel.</source>
        <translation>Esim. ISO 14001, EMAS, Joutsenmerkki.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="125" />
        <source>Practices</source>
        <translation>Käytännöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="127" />
        <source>What you actually do on this topic. 'None in place' is an acceptable answer.</source>
        <translation>Mitä aiheen osalta käytännössä tehdään. ”Ei käytäntöjä” on hyväksyttävä vastaus.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="132" />
        <source>Written policy</source>
        <translation>Kirjallinen linjaus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="134" />
        <source>Is there a written policy on this topic?</source>
        <translation>Onko aiheesta kirjallinen linjaus?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="137" />
        <source>Policy publicly available</source>
        <translation>Linjaus julkisesti saatavilla</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="139" />
        <source>Can anyone read the policy, e.g. on your website?</source>
        <translation>Voiko kuka tahansa lukea linjauksen, esim. yrityksen verkkosivuilta?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="142" />
        <source>Targets</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="144" />
        <source>Have you set targets or planned future initiatives?</source>
        <translation>Onko asetettu tavoitteita tai suunniteltu tulevia aloitteita?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="147" />
        <source>Targets and future initiatives</source>
        <translation>Tavoitteet ja tulevat aloitteet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="149" />
        <source>Describe the targets and when you aim to meet them.</source>
        <translation>Kuvaa tavoitteet ja milloin ne on tarkoitus saavuttaa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="152" />
        <source>Electricity consumption</source>
        <translation>Sähkönkulutus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="154" />
        <source>Total purchased electricity of the year; see your invoices.</source>
        <translation>Vuoden aikana ostettu sähkö yhteensä; katso laskuista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="157" />
        <source>of which renewable</source>
        <translation>josta uusiutuvaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="159" />
        <source>Electricity bought with guarantees of origin or produced on site.</source>
        <translation>Alkuperätakuin ostettu tai itse tuotettu sähkö.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="162" />
        <source>District heat</source>
        <translation>Kaukolämpö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="164" />
        <source>Purchased district heating; see your invoices.</source>
        <translation>Ostettu kaukolämpö; katso laskuista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="167" />
        <source>Fuels</source>
        <translation>Polttoaineet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="169" />
        <source>Fuels burnt in your own vehicles, machines and boilers. Add none if none.</source>
        <translation>Omissa ajoneuvoissa, koneissa ja kattiloissa poltetut polttoaineet. Älä lisää rivejä, jos niitä ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="174" />
        <source>Fuel</source>
        <translation>Polttoaine</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="174" />
        <source>Choose the fuel.</source>
        <translation>Valitse polttoaine.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="177" />
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="35" />
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="179" />
        <source>The unit on the invoice or fuel card report.</source>
        <translation>Laskussa tai polttoainekortin raportissa käytetty yksikkö.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="182" />
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="33" />
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="184" />
        <source>Amount used in the reporting year.</source>
        <translation>Raportointivuonna käytetty määrä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="187" />
        <source>Other direct emissions</source>
        <translation>Muut suorat päästöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="189" />
        <source>E.g. refrigerant leaks; leave empty if you have none.</source>
        <translation>Esim. kylmäainevuodot; jätä tyhjäksi, jos niitä ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="192" />
        <source>Electricity grid country</source>
        <translation>Sähköverkon maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="194" />
        <source>Country whose grid average is used; by default your B1 country.</source>
        <translation>Maa, jonka sähköverkon keskiarvoa käytetään; oletuksena B1-kohdassa ilmoitettu maa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="197" />
        <source>Pollutant reporting applies</source>
        <translation>Päästöraportointi koskee yritystä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="199" />
        <source>Yes if law or your environmental management system already requires you to report pollutants.</source>
        <translation>Kyllä, jos laki tai ympäristöjärjestelmä jo edellyttää epäpuhtauspäästöjen raportointia.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="205" />
        <source>Pollutant emissions</source>
        <translation>Päästöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="207" />
        <source>Each pollutant and the medium it is released to.</source>
        <translation>Kukin epäpuhtaus ja ympäristö, johon se päästetään.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="210" />
        <source>Pollutant</source>
        <translation>Päästö</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="212" />
        <source>E.g. NOx, particulate matter, VOC.</source>
        <translation>Esim. NOx, hiukkaset, VOC.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="215" />
        <source>Released to</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="217" />
        <source>Air, water or soil.</source>
        <translation>Ilma, vesi tai maaperä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="220" />
        <location filename="../../tender_helper/sustainability/fields.py" line="295" />
        <source>Amount</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="222" />
        <source>Amount released in the reporting year.</source>
        <translation>Raportointivuoden päästömäärä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="225" />
        <source>Notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="227" />
        <source>Anything a reader needs to understand the figures.</source>
        <translation>Kaikki, mitä lukija tarvitsee lukujen ymmärtämiseen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="230" />
        <source>Sites in or near biodiversity-sensitive areas</source>
        <translation>Toimipaikat herkillä luontoalueilla tai niiden lähellä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="232" />
        <source>E.g. Natura 2000 areas next to a site.</source>
        <translation>Esim. toimipaikan vieressä olevat Natura 2000 -alueet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="235" />
        <source>Area of those sites</source>
        <translation>Näiden toimipaikkojen pinta-ala</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="237" />
        <source>Total area of the sites counted above.</source>
        <translation>Edellä mainittujen toimipaikkojen kokonaispinta-ala.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="240" />
        <source>Total use of land</source>
        <translation>Maankäyttö yhteensä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="242" />
        <source>Land area you own or lease.</source>
        <translation>Omistettu tai vuokrattu maa-ala.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="245" />
        <source>Total sealed area</source>
        <translation>Päällystetty pinta-ala</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="247" />
        <source>Buildings, asphalt and other sealed surfaces.</source>
        <translation>Rakennukset, asfaltti ja muut päällystetyt pinnat.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="250" />
        <source>Nature-oriented area on site</source>
        <translation>Luontoalue toimipaikalla</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="252" />
        <source>Areas kept or restored mainly for nature, on your sites.</source>
        <translation>Toimipaikoilla ensisijaisesti luonnon hyväksi säilytetyt tai ennallistetut alueet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="255" />
        <source>Nature-oriented area off site</source>
        <translation>Luontoalue muualla</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="257" />
        <source>Nature areas you own or manage elsewhere.</source>
        <translation>Muualla omistetut tai hoidetut luontoalueet.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="260" />
        <source>Total water withdrawal</source>
        <translation>Veden otto yhteensä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="262" />
        <source>Water taken in; see the water bills.</source>
        <translation>Otettu vesi; katso vesilaskuista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="265" />
        <source>Withdrawal in areas of high water stress</source>
        <translation>Veden otto vesistressialueilla</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="267" />
        <source>Rare in the Nordic countries; 0 if none.</source>
        <translation>Harvinaista Pohjoismaissa; 0, jos ei ole.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="270" />
        <source>Water consumption</source>
        <translation>Vedenkulutus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="272" />
        <source>Withdrawal minus discharge, if your processes use significant water.</source>
        <translation>Veden otto vähennettynä poistetulla vedellä, jos prosesseissa käytetään merkittävästi vettä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="275" />
        <source>Circular economy principles</source>
        <translation>Kiertotalouden periaatteet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="277" />
        <source>E.g. repair, reuse, recycled materials, product durability.</source>
        <translation>Esim. korjaaminen, uudelleenkäyttö, kierrätysmateriaalit, tuotteiden kestävyys.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="280" />
        <source>Waste</source>
        <translation>Jätteet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="282" />
        <source>Waste by type. Add none if the year produced no waste worth reporting.</source>
        <translation>Jätteet lajeittain. Älä lisää rivejä, jos vuoden aikana ei syntynyt raportoinnin arvoista jätettä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="285" />
        <source>Waste type</source>
        <translation>Jätelaji</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="287" />
        <source>E.g. mixed construction waste, metal, cardboard.</source>
        <translation>Esim. rakennussekajäte, metalli, pahvi.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="290" />
        <source>Hazardous</source>
        <translation>Vaarallinen</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="292" />
        <source>Hazardous or radioactive waste.</source>
        <translation>Vaarallinen tai radioaktiivinen jäte.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="297" />
        <source>Tonnes generated; see the waste company's reports.</source>
        <translation>Syntynyt määrä tonneina; katso jätehuoltoyhtiön raporteista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="300" />
        <source>Diverted to recycling or reuse</source>
        <translation>Kierrätykseen tai uudelleenkäyttöön</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="302" />
        <source>Part of the amount not disposed of.</source>
        <translation>Se osa määrästä, jota ei loppusijoitettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="305" />
        <source>Key material flows</source>
        <translation>Keskeiset materiaalivirrat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="307" />
        <source>Main materials you use and their annual mass, if relevant.</source>
        <translation>Tärkeimmät käytetyt materiaalit ja niiden vuotuinen massa, jos olennaista.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="310" />
        <source>Permanent employees</source>
        <translation>Vakituiset työntekijät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="312" />
        <location filename="../../tender_helper/sustainability/fields.py" line="317" />
        <location filename="../../tender_helper/sustainability/fields.py" line="320" />
        <location filename="../../tender_helper/sustainability/fields.py" line="323" />
        <location filename="../../tender_helper/sustainability/fields.py" line="328" />
        <source>Headcount at year end.</source>
        <translation>Henkilömäärä vuoden lopussa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="315" />
        <source>Temporary employees</source>
        <translation>Määräaikaiset työntekijät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="320" />
        <source>Men</source>
        <translation>Miehet</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="323" />
        <source>Women</source>
        <translation>Naiset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="326" />
        <source>Other or not reported</source>
        <translation>Muu tai ei ilmoitettu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="331" />
        <source>Employees by country</source>
        <translation>Työntekijät maittain</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="333" />
        <source>Only if you employ people in more than one country.</source>
        <translation>Vain, jos yrityksellä on työntekijöitä useammassa kuin yhdessä maassa.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="336" />
        <source>Employee turnover rate</source>
        <translation>Henkilöstön vaihtuvuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="338" />
        <source>Leavers divided by average headcount; from 50 employees up.</source>
        <translation>Lähteneet jaettuna keskimääräisellä henkilömäärällä; vähintään 50 työntekijän yrityksiltä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="341" />
        <source>Recordable work accidents</source>
        <translation>Kirjatut työtapaturmat</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="343" />
        <source>Accidents at work recorded in the year.</source>
        <translation>Vuoden aikana kirjatut työtapaturmat.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="346" />
        <source>Hours worked</source>
        <translation>Tehdyt työtunnit</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="348" />
        <source>Total hours worked by employees; used for the accident rate.</source>
        <translation>Työntekijöiden tekemät työtunnit yhteensä; käytetään tapaturmataajuuden laskemiseen.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="351" />
        <source>Fatalities</source>
        <translation>Kuolemantapaukset</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="353" />
        <source>Deaths from work-related injuries and ill health.</source>
        <translation>Työtapaturmista ja työperäisistä sairauksista johtuneet kuolemantapaukset.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="356" />
        <source>All employees paid an adequate wage</source>
        <translation>Kaikille maksetaan riittävää palkkaa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="358" />
        <source>At least the collective agreement or minimum wage.</source>
        <translation>Vähintään työehtosopimuksen mukainen palkka tai vähimmäispalkka.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="361" />
        <source>Unadjusted gender pay gap</source>
        <translation>Sukupuolten välinen palkkaero</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="363" />
        <source>(Men's - women's average pay) / men's average pay; from 150 up.</source>
        <translation>(Miesten keskipalkka − naisten keskipalkka) / miesten keskipalkka; vähintään 150 työntekijän yrityksiltä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="366" />
        <source>Employees covered by collective agreements</source>
        <translation>Työehtosopimusten piiriin kuuluvat työntekijät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="368" />
        <source>Share of employees, 0-100.</source>
        <translation>Osuus työntekijöistä, 0–100.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="371" />
        <source>Training per employee</source>
        <translation>Koulutus työntekijää kohden</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="373" />
        <source>Average annual training hours per employee.</source>
        <translation>Keskimääräiset vuotuiset koulutustunnit työntekijää kohden.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="376" />
        <source>Convictions for corruption or bribery</source>
        <translation>Tuomiot korruptiosta tai lahjonnasta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="378" />
        <source>Number in the reporting year.</source>
        <translation>Lukumäärä raportointivuonna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="381" />
        <source>Fines for corruption or bribery</source>
        <translation>Sakot korruptiosta tai lahjonnasta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/sustainability/fields.py" line="383" />
        <source>Total amount in the reporting year.</source>
        <translation>Kokonaismäärä raportointivuonna.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="32" />
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="34" />
        <source>Emission factor</source>
        <translation>Päästökerroin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="36" />
        <source>Factor source</source>
        <translation>Kertoimen lähde</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="37" />
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="58" />
        <source>Use the default factors</source>
        <translation>Käytä oletuskertoimia</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="63" />
        <source>Double-click a factor or its source to enter your supplier's figure.</source>
        <translation>Voit syöttää toimittajan ilmoittaman arvon kaksoisnapsauttamalla kerrointa tai sen lähdettä.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="95" />
        <source>Scope 1: {s1} t CO2e · Scope 2 (location-based): {s2} t CO2e · Energy: {mwh} MWh</source>
        <translation>Scope 1: {s1} t CO2e · Scope 2 (sijaintiperusteinen): {s2} t CO2e · Energia: {mwh} MWh</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/emissions_panel.py" line="113" />
        <source>An emission factor must be a number of zero or more.</source>
        <translation>Päästökertoimen on oltava luku, joka on vähintään nolla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="41" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="42" />
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="43" />
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="46" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="44" />
        <source>Latitude</source>
        <translation>Leveysaste</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="45" />
        <source>Longitude</source>
        <translation>Pituusaste</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="47" />
        <source>Employees</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="48" />
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="49" />
        <source>Per topic</source>
        <translation>Aiheittain</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="52" />
        <source>Basic Module</source>
        <translation>Perusmoduuli</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="53" />
        <source>Basic and Comprehensive Module</source>
        <translation>Perusmoduuli ja laaja moduuli</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="54" />
        <source>Individual (this company)</source>
        <translation>Yksittäinen (tämä yritys)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="55" />
        <source>Consolidated (with subsidiaries)</source>
        <translation>Konsolidoitu (tytäryhtiöineen)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="56" />
        <source>Headcount</source>
        <translation>Henkilömäärä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="57" />
        <source>Full-time equivalents (FTE)</source>
        <translation>Henkilötyövuodet (FTE)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="58" />
        <source>Air</source>
        <translation>Ilma</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="59" />
        <source>Water</source>
        <translation>Vesi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="60" />
        <source>Soil</source>
        <translation>Maaperä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="117" />
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="117" />
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="189" />
        <source>None this year</source>
        <translation>Ei yhtään tänä vuonna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="191" />
        <source>Add a row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/widgets/statement_fields.py" line="236" />
        <source>Remove this row</source>
        <translation>Poista tämä rivi</translation>
    </message>
</context>
<context>
    <name>SustainabilityPage</name>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="92" />
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="93" />
        <source>Import JSON…</source>
        <translation>Tuo JSON…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="94" />
        <source>Export JSON…</source>
        <translation>Vie JSON…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="95" />
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="96" />
        <source>Attach PDF to documents</source>
        <translation>Liitä PDF asiakirjoihin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="112" />
        <source>Reporting year</source>
        <translation>Raportointivuosi</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="116" />
        <source>Completeness</source>
        <translation>Kattavuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="126" />
        <source>PDF language</source>
        <translation>PDF:n kieli</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="153" />
        <source>Emissions</source>
        <translation>Päästöt</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="171" />
        <source>Sustainability statement</source>
        <translation>Kestävyysraportti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="172" />
        <source>Add a company first on the Companies page.</source>
        <translation>Lisää ensin yritys Yritykset-sivulla.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="180" />
        <source>Sustainability statement of {name}</source>
        <translation>Yrityksen {name} kestävyysraportti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="182" />
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="183" />
        <source>(not saved yet)</source>
        <translation>(ei vielä tallennettu)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="184" />
        <source>{marker} Saved years: {years}</source>
        <translation>{marker} Tallennetut vuodet: {years}</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="223" />
        <source>{percent} % of the applicable items answered</source>
        <translation>{percent} % soveltuvista kohdista vastattu</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="265" />
        <source>Statement for {year} saved.</source>
        <translation>Vuoden {year} raportti tallennettu.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="270" />
        <location filename="../../tender_helper/ui/sustainability_page.py" line="278" />
        <source>Import statement</source>
        <translation>Tuo raportti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="270" />
        <location filename="../../tender_helper/ui/sustainability_page.py" line="294" />
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="278" />
        <source>Replace the saved statement for {year}?</source>
        <translation>Korvataanko vuoden {year} tallennettu raportti?</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="294" />
        <source>Export statement</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="311" />
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="311" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="321" />
        <source>Wrote {path}.</source>
        <translation>Tallennettu: {path}.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/sustainability_page.py" line="338" />
        <source>Attached {title} to the documents.</source>
        <translation>{title} liitetty asiakirjoihin.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="61" />
        <source>Save dates</source>
        <translation>Tallenna päivämäärät</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="63" />
        <source>Export to calendar (.ics)…</source>
        <translation>Vie kalenteriin (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="68" />
        <source>Tender deadline (when the notice has none):</source>
        <translation>Tarjousten määräaika (jos ilmoituksessa ei ole):</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="69" />
        <source>Buyer's question cut-off:</source>
        <translation>Hankintayksikön kysymysten määräaika:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="70" />
        <source>Expected award decision:</source>
        <translation>Odotettu hankintapäätös:</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="81" />
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="83" />
        <source>(estimate)</source>
        <translation>(arvio)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>Point</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../tender_helper/ui/bid_workspace.py" line="85" />
        <source>Rule</source>
        <translation>Peruste</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="41" />
        <source>Finland: at most 3 months old under the Contractor's Obligations Act (1233/2006).</source>
        <translation>Suomi: enintään 3 kuukautta vanha tilaajavastuulain (1233/2006) mukaan.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="47" />
        <source>Finland: a criminal record extract for procurement is valid for 12 months (Act 1397/2016 § 80).</source>
        <translation>Suomi: julkisia hankintoja varten annettu rikosrekisteriote on voimassa 12 kuukautta (hankintalaki 1397/2016, 80 §).</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="52" />
        <source>Norway: a tax certificate (skatteattest, RF-1507) may be at most 6 months old.</source>
        <translation>Norja: verotodistus (skatteattest, RF-1507) saa olla enintään 6 kuukautta vanha.</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="72" />
        <location filename="../../tender_helper/vault/validity.py" line="77" />
        <location filename="../../tender_helper/vault/validity.py" line="79" />
        <location filename="../../tender_helper/vault/validity.py" line="82" />
        <location filename="../../tender_helper/vault/validity.py" line="85" />
        <source>Contractor's obligations act</source>
        <translation>Tilaajavastuulaki</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="75" />
        <source>Contractor's obligations act: prepayment, employer and VAT registers</source>
        <translation>Tilaajavastuulaki: ennakkoperintä-, työnantaja- ja arvonlisäverorekisteri</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="89" />
        <source>Mandatory exclusion grounds; usually asked from the winner</source>
        <translation>Pakolliset poissulkemisperusteet; pyydetään yleensä vain valituksi tulleelta tarjoajalta</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="94" />
        <source>Registration with Bolagsverket (unverified)</source>
        <translation>Rekisteröinti Bolagsverketiin (ei varmistettu)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="98" />
        <source>Taxes and social security paid; registered as employer at Skatteverket</source>
        <translation>Verot ja sosiaaliturvamaksut maksettu; rekisteröity työnantajaksi Skatteverketiin</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="102" />
        <source>Contracts over NOK 500 000 excluding VAT</source>
        <translation>Sopimukset, joiden arvo ylittää 500 000 NOK ilman arvonlisäveroa</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="104" />
        <source>Firmaattest from Brønnøysund (unverified)</source>
        <translation>Firmaattest Brønnøysundin rekisterikeskuksesta (ei varmistettu)</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="111" />
        <source>ESPD Part IV A: suitability</source>
        <translation>ESPD:n osa IV A: kelpoisuus</translation>
    </message>
    <message>
        <location filename="../../tender_helper/vault/validity.py" line="112" />
        <source>ESPD Part III B: taxes paid</source>
        <translation>ESPD:n osa III B: verot maksettu</translation>
    </message>
</context>
</TS>