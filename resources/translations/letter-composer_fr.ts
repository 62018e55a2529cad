<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AboutYouForm</name>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>As you sign (initials are fine)</source>
        <translation>Votre nom ou vos initiales</translation>
    </message>
    <message>
        <source>Your name as you sign the letter; initials are fine.</source>
        <translation>Votre nom tel que vous signez la lettre&#x202f;; vos initiales suffisent.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Votre adresse</translation>
    </message>
    <message>
        <source>Street and number, apartment</source>
        <translation>Numéro, rue, appartement</translation>
    </message>
    <message>
        <source>Your town</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <source>Your postal code</source>
        <translation>Votre code postal</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>e.g. Guelph, Ontario</source>
        <translation>p.&#xa0;ex. Sherbrooke, Québec</translation>
    </message>
    <message>
        <source>Your town (and province or state), for the return address and the letter.</source>
        <translation>Votre ville (et province ou région), pour l’adresse de l’expéditeur et la lettre.</translation>
    </message>
    <message>
        <source>e.g. N1H 3T5</source>
        <translation>p.&#xa0;ex. J1H 5N4</translation>
    </message>
    <message>
        <source>Your postal code, placed where your country writes it.</source>
        <translation>Votre code postal, placé là où votre pays l’écrit.</translation>
    </message>
    <message>
        <source>e.g. Canada</source>
        <translation>p.&#xa0;ex. Canada</translation>
    </message>
    <message>
        <source>Your country: printed when the letter goes abroad; it sets the date&apos;s form.</source>
        <translation>Votre pays&#xa0;: imprimé quand la lettre part à l’étranger&#x202f;; il fixe la forme de la date.</translation>
    </message>
    <message>
        <source>A sentence of your own</source>
        <translation>Une phrase bien à vous</translation>
    </message>
    <message>
        <source>Who you are and why this matters to you (optional)</source>
        <translation>Qui vous êtes et pourquoi cela vous tient à cœur (facultatif)</translation>
    </message>
    <message>
        <source>Sign with initials and town only</source>
        <translation>Signer de mes initiales et de ma ville seulement</translation>
    </message>
    <message>
        <source>For writers with ties to the country: the letter is signed with your initials, and only your town is given, not your name or address.</source>
        <translation>Pour les personnes qui ont des liens avec le pays&#xa0;: la lettre est signée de vos initiales et ne donne que votre ville, ni votre nom ni votre adresse.</translation>
    </message>
    <message>
        <source>&amp;Remember my details on this computer</source>
        <translation>&amp;Retenir mes coordonnées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Leave this unticked on a shared computer: your name and address are forgotten when the app closes.</source>
        <translation>Laissez cette case décochée sur un ordinateur partagé&#xa0;: vos nom et adresse seront oubliés à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your words:</source>
        <translation>Vos &amp;mots&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Letters per case</source>
        <translation>Lettres par cas</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch from a Sign-up Sheet</source>
        <translation>Lettres en série d’après la feuille d’inscription</translation>
    </message>
    <message>
        <source>Sign-up sheet</source>
        <translation>Feuille d’inscription</translation>
    </message>
    <message>
        <source>A CSV file: name,address,town,language,note</source>
        <translation>Un fichier CSV&#xa0;: name,address,town,language,note</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Batch messages</source>
        <translation>Messages de la série</translation>
    </message>
    <message>
        <source>&amp;Make the Letters</source>
        <translation>&amp;Préparer les lettres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Cas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign-up sheet:</source>
        <translation>&amp;Feuille d’inscription&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The sign-up sheet</source>
        <translation>La feuille d’inscription</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the sign-up sheet (a CSV file) first.</source>
        <translation>Choisissez d’abord la feuille d’inscription (un fichier CSV).</translation>
    </message>
    <message>
        <source>The sign-up sheet cannot be used: {reason}</source>
        <translation>La feuille d’inscription est inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was made: {folder} cannot be written ({reason}).</source>
        <translation>Aucune lettre n’a été préparée&#xa0;: impossible d’écrire dans {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{count} letter file(s) made in {folder}.</source>
        <translation>{count} fichier(s) de lettre préparé(s) dans {folder}.</translation>
    </message>
    <message>
        <source>Cancelled: {count} letter file(s) made in {folder}.</source>
        <translation>Annulé&#xa0;: {count} fichier(s) de lettre préparé(s) dans {folder}.</translation>
    </message>
    <message>
        <source>{count} row(s) could not be made.</source>
        <translation>{count} ligne(s) n’ont pas pu être traitée(s).</translation>
    </message>
</context>
<context>
    <name>CaseLibrary</name>
    <message>
        <source>Cannot open this case</source>
        <translation>Impossible d’ouvrir ce cas</translation>
    </message>
    <message>
        <source>This case is already open.</source>
        <translation>Ce cas est déjà ouvert.</translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>«&#xa0;{title}&#xa0;» est ouvert.</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Letter Composer cannot open {name}. It opens Urgent Actions (text, web pages and PDF files), case files (.toml) and case packs (.lcpack).</source>
        <translation>Letter Composer ne peut pas ouvrir {name}. Il ouvre les Actions urgentes (texte, pages Web et fichiers PDF), les fichiers de cas (.toml) et les lots de cas (.lcpack).</translation>
    </message>
    <message>
        <source>“{title}” is saved in your case library and open.</source>
        <translation>«&#xa0;{title}&#xa0;» est enregistré dans votre bibliothèque de cas et ouvert.</translation>
    </message>
    <message>
        <source>“{title}” is saved in your case library. Open it with Case ▸ Open Case… when your letter is done.</source>
        <translation>«&#xa0;{title}&#xa0;» est enregistré dans votre bibliothèque de cas. Ouvrez-le avec Cas ▸ Ouvrir un cas… une fois votre lettre terminée.</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>Impossible d’enregistrer le cas</translation>
    </message>
    <message>
        <source>Paste Urgent Action</source>
        <translation>Coller une Action urgente</translation>
    </message>
    <message>
        <source>The clipboard has no text. Select the Urgent Action&apos;s text in the web page, PDF or e-mail, copy it (Ctrl+C), then choose Paste Urgent Action again.</source>
        <translation>Le presse-papiers ne contient aucun texte. Sélectionnez le texte de l’Action urgente dans la page Web, le PDF ou le courriel, copiez-le (Ctrl+C), puis choisissez de nouveau Coller une Action urgente.</translation>
    </message>
    <message>
        <source>Built-in cases cannot be changed</source>
        <translation>Les cas intégrés ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>This case was opened from a file</source>
        <translation>Ce cas a été ouvert à partir d’un fichier</translation>
    </message>
    <message>
        <source>Saved as your own copy</source>
        <translation>Enregistré comme copie personnelle</translation>
    </message>
    <message>
        <source>{reason}, so your changes are saved in your case library as a copy of it: “{title}”.</source>
        <translation>{reason}&#xa0;: vos modifications sont donc enregistrées dans votre bibliothèque de cas, dans une copie intitulée «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot export the case pack</source>
        <translation>Impossible d’exporter le lot de cas</translation>
    </message>
    <message>
        <source>Saved {count} case(s) in {path}</source>
        <translation>{count} cas enregistré(s) dans {path}</translation>
    </message>
    <message>
        <source>Added to your case library:
{titles}</source>
        <translation>Ajouté(s) à votre bibliothèque de cas&#xa0;:
{titles}</translation>
    </message>
    <message>
        <source>Replaced with the pack&apos;s version:
{titles}</source>
        <translation>Remplacé(s) par la version du lot&#xa0;:
{titles}</translation>
    </message>
    <message>
        <source>Your own version kept:
{titles}</source>
        <translation>Votre version conservée&#xa0;:
{titles}</translation>
    </message>
    <message>
        <source>Already part of Letter Composer:
{titles}</source>
        <translation>Déjà inclus dans Letter Composer&#xa0;:
{titles}</translation>
    </message>
    <message>
        <source>Letter wordings added: {count}</source>
        <translation>Formulations de lettre ajoutées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Open one with Case ▸ Open Case… (Ctrl+O).</source>
        <translation>Ouvrez-en un avec Cas ▸ Ouvrir un cas… (Ctrl+O).</translation>
    </message>
    <message>
        <source>Nothing was added: you already have everything in it.</source>
        <translation>Rien n’a été ajouté&#xa0;: vous avez déjà tout son contenu.</translation>
    </message>
    <message>
        <source>Case pack imported</source>
        <translation>Lot de cas importé</translation>
    </message>
    <message>
        <source>Opened “{title}” from the case pack.</source>
        <translation>«&#xa0;{title}&#xa0;» est ouvert à partir du lot de cas.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Case library</source>
        <translation>Bibliothèque de cas</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <source>Choose a case</source>
        <translation>Choisir un cas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A new Urgent Action? Import it from a file (text, web page or PDF), or copy its text in the web page or e-mail and paste it.</source>
        <translation>Une nouvelle Action urgente&#xa0;? Importez-la d’un fichier (texte, page web ou PDF), ou copiez son texte dans la page web ou le courriel et collez-le.</translation>
    </message>
    <message>
        <source>&amp;Import Urgent Action…</source>
        <translation>&amp;Importer une Action urgente…</translation>
    </message>
    <message>
        <source>&amp;Paste Urgent Action</source>
        <translation>&amp;Coller une Action urgente</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>aucune date limite</translation>
    </message>
    <message>
        <source>{date} (deadline passed)</source>
        <translation>{date} (date limite passée)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The deadline of this action has passed. Letters may still help: check with your group for an update before writing.</source>
        <translation>La date limite de cette action est passée. Une lettre peut encore aider&#xa0;: demandez à votre groupe s’il y a du nouveau avant d’écrire.</translation>
    </message>
    <message>
        <source>Delete the case “{title}”? This cannot be undone.</source>
        <translation>Supprimer le cas «&#xa0;{title}&#xa0;»&#x202f;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le cas</translation>
    </message>
</context>
<context>
    <name>CaseReviewDialog</name>
    <message>
        <source>Review the imported Urgent Action</source>
        <translation>Vérifier l’Action urgente importée</translation>
    </message>
    <message>
        <source>e.g. Write to the Minister of the Interior urging him to:</source>
        <translation>p. ex. Écrivez au ministre de l’Intérieur en lui demandant de&#xa0;:</translation>
    </message>
    <message>
        <source>Add demand</source>
        <translation>Ajouter une demande</translation>
    </message>
    <message>
        <source>Remove demand</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Retirer le destinataire</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>Ajouter une copie</translation>
    </message>
    <message>
        <source>Remove this copy</source>
        <translation>Retirer cette copie</translation>
    </message>
    <message>
        <source>e.g. Spanish, English</source>
        <translation>p. ex. espagnol, anglais</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Aucune date limite</translation>
    </message>
    <message>
        <source>This deadline has passed: check that the appeal is still open.</source>
        <translation>Cette date limite est passée&#xa0;: vérifiez que l’appel est toujours ouvert.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language of the appeal</source>
        <translation>Langue de l’appel</translation>
    </message>
    <message>
        <source>UA number</source>
        <translation>Numéro de l’AU</translation>
    </message>
    <message>
        <source>Before the demands</source>
        <translation>Avant les demandes</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Copies à</translation>
    </message>
    <message>
        <source>Preferred languages</source>
        <translation>Langues à privilégier</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Sample letter</source>
        <translation>Lettre type</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Please check the framed fields:</source>
        <translation>Veuillez vérifier les champs encadrés&#xa0;:</translation>
    </message>
    <message>
        <source>• {field}: {problem}</source>
        <translation>• {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Every field was found. Please check them.</source>
        <translation>Tous les champs ont été trouvés. Veuillez les vérifier.</translation>
    </message>
    <message>
        <source>New demand</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>the reviewed case</source>
        <translation>le cas vérifié</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case background</source>
        <translation>Contexte du cas</translation>
    </message>
    <message>
        <source>The deadline for this action ({date}) has passed. Check for an update before you send your letter.</source>
        <translation>La date limite de cette action ({date}) est passée. Vérifiez s’il y a du nouveau avant d’envoyer votre lettre.</translation>
    </message>
    <message>
        <source>Please send your letter before {date}.</source>
        <translation>Veuillez envoyer votre lettre avant le {date}.</translation>
    </message>
    <message>
        <source>This case is an example to try Letter Composer with. To write for a current Urgent Action, choose Case ▸ Import Urgent Action… or Case ▸ Paste Urgent Action.</source>
        <translation>Ce cas est un exemple pour essayer Letter Composer. Pour écrire au sujet d’une Action urgente en cours, choisissez Cas ▸ Importer une Action urgente… ou Cas ▸ Coller une Action urgente.</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire à</translation>
    </message>
    <message>
        <source>Write to one of</source>
        <translation>Écrire à l’une de ces personnes</translation>
    </message>
    <message>
        <source>Email: {address}</source>
        <translation>Courriel&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Send a copy to</source>
        <translation>Envoyer une copie à</translation>
    </message>
    <message>
        <source>Preferred languages: {languages}</source>
        <translation>Langues à privilégier&#xa0;: {languages}</translation>
    </message>
</context>
<context>
    <name>DemandsPanel</name>
    <message>
        <source>What your letter asks for</source>
        <translation>Ce que demande votre lettre</translation>
    </message>
    <message>
        <source>Tick what you want to ask for. Each ticked demand is a paragraph of your letter.</source>
        <translation>Cochez ce que vous voulez demander. Chaque demande cochée devient un paragraphe de votre lettre.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Letter draft</source>
        <translation>Brouillon de la lettre</translation>
    </message>
    <message>
        <source>Optional: a sentence of your own (who you are, why this matters to you)</source>
        <translation>Facultatif&#xa0;: une phrase à vous (qui vous êtes, pourquoi c’est important)</translation>
    </message>
    <message>
        <source>Optional: a sentence of your own</source>
        <translation>Facultatif&#xa0;: une phrase à vous</translation>
    </message>
    <message>
        <source>Your name goes here: type it under “About you”</source>
        <translation>Votre nom ira ici&#xa0;: tapez-le sous «&#xa0;À propos de vous&#xa0;»</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <source>&amp;Start Event…</source>
        <translation>&amp;Commencer une séance…</translation>
    </message>
    <message>
        <source>Set this laptop up for a letter-writing event</source>
        <translation>Préparer cet ordinateur pour une séance d’écriture de lettres</translation>
    </message>
    <message>
        <source>&amp;Coordinator…</source>
        <translation>C&amp;oordination…</translation>
    </message>
    <message>
        <source>The case library and the event&apos;s settings (asks for the PIN)</source>
        <translation>La bibliothèque de cas et les réglages de la séance (NIP demandé)</translation>
    </message>
    <message>
        <source>Back to &amp;Writer View</source>
        <translation>&amp;Retour à la vue des participants</translation>
    </message>
    <message>
        <source>&amp;End Event</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Bilan…</translation>
    </message>
    <message>
        <source>How many letters were made, per case</source>
        <translation>Combien de lettres ont été écrites, par cas</translation>
    </message>
    <message>
        <source>&amp;Batch from Sign-up Sheet…</source>
        <translation>&amp;Lettres en série d’après la feuille d’inscription…</translation>
    </message>
    <message>
        <source>One letter per writer of a sign-up sheet (CSV)</source>
        <translation>Une lettre par personne inscrite sur la feuille (CSV)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Writer</source>
        <translation>Personne &amp;suivante</translation>
    </message>
    <message>
        <source>Clear the writer&apos;s details and start a fresh letter for the next writer</source>
        <translation>Effacer les coordonnées et commencer une nouvelle lettre pour la personne suivante</translation>
    </message>
    <message>
        <source>{event} — Letter Composer</source>
        <translation>{event} — Letter Composer</translation>
    </message>
    <message>
        <source>The event could not be started</source>
        <translation>La séance n’a pas pu commencer</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The event “{name}” has started. Letters are saved in {folder}.</source>
        <translation>La séance «&#xa0;{name}&#xa0;» a commencé. Les lettres sont enregistrées dans {folder}.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>That is not the coordinator&apos;s PIN.</source>
        <translation>Ce n’est pas le NIP de la coordination.</translation>
    </message>
    <message>
        <source>End Event</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>The event “{name}” has ended.</source>
        <translation>La séance «&#xa0;{name}&#xa0;» est terminée.</translation>
    </message>
    <message>
        <source>The letter was not counted: {reason}</source>
        <translation>La lettre n’a pas été comptée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Drop one Urgent Action (PDF, Word, e-mail, web page or text), case file (.toml) or case pack (.lcpack).</source>
        <translation>Déposez une Action urgente (PDF, Word, courriel, page Web ou texte), un fichier de cas (.toml) ou un lot de cas (.lcpack).</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Three steps</source>
        <translation>Trois étapes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read&lt;/b&gt; the case on the left.</source>
        <translation>&lt;b&gt;Lisez&lt;/b&gt; le cas, à gauche.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose&lt;/b&gt; what your letter asks for, and add your name under “About you”.</source>
        <translation>&lt;b&gt;Choisissez&lt;/b&gt; ce que votre lettre demande, et ajoutez votre nom sous «&#xa0;À propos de vous&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign&lt;/b&gt;: print your letter (Ctrl+P), then sign it by hand.</source>
        <translation>&lt;b&gt;Signez&lt;/b&gt;&#xa0;: imprimez votre lettre (Ctrl+P), puis signez-la à la main.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Hide the three steps</source>
        <translation>Masquer les trois étapes</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Urgent Actions ({patterns});;All files (*)</source>
        <translation>Actions urgentes ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>LanguageNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <source>demand {number}</source>
        <translation>la demande {number}</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>la formule d’appel</translation>
    </message>
    <message>
        <source>the opening</source>
        <translation>l’introduction</translation>
    </message>
    <message>
        <source>the closing paragraph</source>
        <translation>le paragraphe de conclusion</translation>
    </message>
    <message>
        <source>the sign-off</source>
        <translation>la formule de politesse</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Your letter is now in {language}.</source>
        <translation>Votre lettre est maintenant en {language}.</translation>
    </message>
    <message>
        <source>Your own wording of {parts} is in {old}, so those paragraphs now show the {language} text. Your wording is kept: it comes back if you switch back to {old}.</source>
        <translation>Vous aviez modifié en {old}&#xa0;: {parts}. Ces paragraphes affichent maintenant le texte en {language}. Vos modifications sont conservées&#xa0;: elles reviendront si vous repassez en {old}.</translation>
    </message>
    <message>
        <source>Your own {language} wording of {parts} is back.</source>
        <translation>Vos modifications en {language} sont de retour&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Check that your personal paragraph suits a {language} letter.</source>
        <translation>Vérifiez que votre paragraphe personnel convient à une lettre en {language}.</translation>
    </message>
    <message>
        <source>Your letter is in {language} again.</source>
        <translation>Votre lettre est de nouveau en {language}.</translation>
    </message>
</context>
<context>
    <name>LetterEdits</name>
    <message>
        <source>No demand is ticked: your letter makes no request.</source>
        <translation>Aucune demande n’est cochée&#xa0;: votre lettre ne demande rien.</translation>
    </message>
    <message>
        <source>Your name and address will be remembered on this computer.</source>
        <translation>Vos nom et adresse seront retenus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your name and address will be forgotten when you close the app.</source>
        <translation>Vos nom et adresse seront oubliés à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Could not keep a safety copy of your letter: {reason}</source>
        <translation>Impossible de garder une copie de sécurité de votre lettre&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Put the cursor in the opening, a demand or the closing paragraph to word it differently.</source>
        <translation>Placez le curseur dans l’introduction, une demande ou la conclusion pour la formuler autrement.</translation>
    </message>
    <message>
        <source>Another wording. Undo (Ctrl+Z) brings the last one back.</source>
        <translation>Autre formulation. Annuler (Ctrl+Z) rétablit la précédente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Letter Composer</source>
        <translation>Letter Composer</translation>
    </message>
    <message>
        <source>Letter (US/Canada), window envelope</source>
        <translation>Lettre (É.-U./Canada), enveloppe à fenêtre</translation>
    </message>
    <message>
        <source>A4, DIN 5008 form B</source>
        <translation>A4, DIN 5008 forme B</translation>
    </message>
    <message>
        <source>A4, DIN 5008 form A</source>
        <translation>A4, DIN 5008 forme A</translation>
    </message>
    <message>
        <source>Letter settings</source>
        <translation>Réglages de la lettre</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your &amp;letter&lt;/b&gt; — click anywhere in it to change the words. This is what will be printed.</source>
        <translation>&lt;b&gt;Votre le&amp;ttre&lt;/b&gt; — cliquez n’importe où pour en modifier le texte. C’est ce qui sera imprimé.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF to print or send</source>
        <translation>Enregistrer la lettre en PDF pour l’imprimer ou l’envoyer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the letter: the same page as Export PDF</source>
        <translation>Imprimer la lettre&#xa0;: la même page que l’exportation en PDF</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the page as it will be printed</source>
        <translation>Voir la page telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Wr&amp;ite to:</source>
        <translation>&amp;Écrire à&#xa0;:</translation>
    </message>
    <message>
        <source>#&amp;10 Envelope (9.5 × 4.125 in)…</source>
        <translation>Enveloppe nº &amp;10 (9,5 × 4,125 po)…</translation>
    </message>
    <message>
        <source>&amp;DL Envelope (220 × 110 mm)…</source>
        <translation>Enveloppe &amp;DL (220 × 110 mm)…</translation>
    </message>
    <message>
        <source>&amp;C5 Envelope (229 × 162 mm)…</source>
        <translation>Enveloppe &amp;C5 (229 × 162 mm)…</translation>
    </message>
    <message>
        <source>&amp;Return Address on Envelope</source>
        <translation>&amp;Adresse de retour sur l’enveloppe</translation>
    </message>
    <message>
        <source>Print your name and address in the envelope&apos;s top left corner</source>
        <translation>Imprimer vos nom et adresse dans le coin supérieur gauche de l’enveloppe</translation>
    </message>
    <message>
        <source>&amp;New Letter</source>
        <translation>&amp;Nouvelle lettre</translation>
    </message>
    <message>
        <source>Clear the letter and start again</source>
        <translation>Effacer la lettre et recommencer</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Ouvrir un cas…</translation>
    </message>
    <message>
        <source>Choose another case from the case library</source>
        <translation>Choisir un autre cas dans la bibliothèque de cas</translation>
    </message>
    <message>
        <source>Open Case &amp;File…</source>
        <translation>Ouvrir un &amp;fichier de cas…</translation>
    </message>
    <message>
        <source>Write a letter for a case saved as a .toml file</source>
        <translation>Écrire une lettre pour un cas enregistré dans un fichier .toml</translation>
    </message>
    <message>
        <source>&amp;Import Urgent Action…</source>
        <translation>&amp;Importer une Action urgente…</translation>
    </message>
    <message>
        <source>Make a case from an Urgent Action saved as text, a web page or a PDF</source>
        <translation>Créer un cas à partir d’une Action urgente enregistrée en texte, en page Web ou en PDF</translation>
    </message>
    <message>
        <source>&amp;Paste Urgent Action</source>
        <translation>&amp;Coller une Action urgente</translation>
    </message>
    <message>
        <source>Make a case from an Urgent Action copied from a web page or an e-mail</source>
        <translation>Créer un cas à partir d’une Action urgente copiée d’une page Web ou d’un courriel</translation>
    </message>
    <message>
        <source>&amp;Edit This Case…</source>
        <translation>&amp;Modifier ce cas…</translation>
    </message>
    <message>
        <source>Correct this case&apos;s text, demands or addresses</source>
        <translation>Corriger le texte, les demandes ou les adresses de ce cas</translation>
    </message>
    <message>
        <source>E&amp;xport Case Pack…</source>
        <translation>E&amp;xporter un lot de cas…</translation>
    </message>
    <message>
        <source>Put cases in one .lcpack file to copy to other computers</source>
        <translation>Réunir des cas dans un fichier .lcpack à copier sur d’autres ordinateurs</translation>
    </message>
    <message>
        <source>Import Case Pac&amp;k…</source>
        <translation>Importer un &amp;lot de cas…</translation>
    </message>
    <message>
        <source>Add the cases of a .lcpack file to this computer</source>
        <translation>Ajouter à cet ordinateur les cas d’un fichier .lcpack</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Another &amp;Wording</source>
        <translation>Autre &amp;formulation</translation>
    </message>
    <message>
        <source>Write the paragraph the cursor is in with other words (Undo brings them back)</source>
        <translation>Formuler autrement le paragraphe où se trouve le curseur (Annuler rétablit les mots d’avant)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Letter Composer</source>
        <translation>À &amp;propos de Letter Composer</translation>
    </message>
    <message>
        <source>Print &amp;Handwriting Sheet…</source>
        <translation>Imprimer la &amp;fiche pour écrire à la main…</translation>
    </message>
    <message>
        <source>The address, demands and key facts in large type, for writing by hand</source>
        <translation>L’adresse, les demandes et l’essentiel du cas en gros caractères, pour écrire à la main</translation>
    </message>
    <message>
        <source>Show the &amp;Three Steps</source>
        <translation>Afficher les &amp;trois étapes</translation>
    </message>
    <message>
        <source>Show the three steps at the top of the middle column again</source>
        <translation>Afficher de nouveau les trois étapes en haut de la colonne du milieu</translation>
    </message>
    <message>
        <source>Page check</source>
        <translation>Vérification de la page</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>A new letter.</source>
        <translation>Une nouvelle lettre.</translation>
    </message>
    <message>
        <source>Ready for the next writer.</source>
        <translation>Prêt pour la personne suivante.</translation>
    </message>
    <message>
        <source>About Letter Composer</source>
        <translation>À propos de Letter Composer</translation>
    </message>
    <message>
        <source>Letter Composer {version}

Write, address and print letters for Urgent Actions, fully offline.</source>
        <translation>Letter Composer {version}

Rédigez, adressez et imprimez vos lettres pour les Actions urgentes, entièrement hors ligne.</translation>
    </message>
    <message>
        <source>Your settings could not be saved: the folder {folder} cannot be written to.</source>
        <translation>Vos réglages n’ont pas pu être enregistrés&#xa0;: impossible d’écrire dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>The safety copy of your letter, with your name and address, could not be removed from {folder}. If this computer is shared, delete it there.</source>
        <translation>La copie de secours de votre lettre, avec vos nom et adresse, n’a pas pu être supprimée du dossier {folder}. Si cet ordinateur est partagé, supprimez-la vous-même.</translation>
    </message>
    <message>
        <source>Letter Composer could not tidy up</source>
        <translation>Letter Composer n’a pas pu faire le ménage</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Print Envel&amp;ope</source>
        <translation>Imprimer une en&amp;veloppe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Current case</source>
        <translation>Cas actuel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>there is no case called &apos;{case}&apos;</source>
        <translation>il n’y a pas de cas nommé «&#xa0;{case}&#xa0;»</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>fichier introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a case file</source>
        <translation>{path} est un dossier, pas un fichier de cas</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file</source>
        <translation>{path} n’est pas un fichier texte UTF-8</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{case}&apos; is not a valid case id</source>
        <translation>«&#xa0;{case}&#xa0;» n’est pas un identifiant de cas valide</translation>
    </message>
    <message>
        <source>&apos;{case}&apos; is a built-in case and cannot be overwritten; save it under another id</source>
        <translation>«&#xa0;{case}&#xa0;» est un cas fourni avec l’application et ne peut pas être remplacé&#xa0;; enregistrez-le sous un autre identifiant</translation>
    </message>
    <message>
        <source>a case called &apos;{case}&apos; already exists</source>
        <translation>un cas nommé «&#xa0;{case}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>&apos;{case}&apos; is a built-in case and cannot be deleted</source>
        <translation>«&#xa0;{case}&#xa0;» est un cas fourni avec l’application et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>cannot delete {path}: {reason}</source>
        <translation>impossible de supprimer {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a file, so it cannot be a case</source>
        <translation>{path} n’est pas un fichier, ce ne peut donc pas être un cas</translation>
    </message>
    <message>
        <source>{path} is far larger than a case file</source>
        <translation>{path} est bien plus gros qu’un fichier de cas</translation>
    </message>
    <message>
        <source>not valid TOML ({detail})</source>
        <translation>TOML non valide ({detail})</translation>
    </message>
    <message>
        <source>not a case: its data is nested far too deeply</source>
        <translation>ce n’est pas un cas&#xa0;: ses données sont imbriquées bien trop profondément</translation>
    </message>
    <message>
        <source>is not a field of a case (a typo?)</source>
        <translation>n’est pas un champ de cas (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque dans le fichier</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be text, written in quotes</source>
        <translation>doit être du texte, écrit entre guillemets</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must be text or a table of text by language (en = &quot;...&quot;)</source>
        <translation>doit être du texte ou une table de textes par langue (fr = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>doit être une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be written as [[{key}]] tables</source>
        <translation>doit être écrit en tables [[{key}]]</translation>
    </message>
    <message>
        <source>must be &quot;she&quot;, &quot;he&quot; or &quot;they&quot;</source>
        <translation>doit être &quot;she&quot;, &quot;he&quot; ou &quot;they&quot;</translation>
    </message>
    <message>
        <source>must be &quot;release&quot; or left out</source>
        <translation>doit être &quot;release&quot; ou être omis</translation>
    </message>
    <message>
        <source>&apos;{case}&apos; is a name Windows keeps for a device; choose another, like &apos;case-{case}&apos;</source>
        <translation>«&#xa0;{case}&#xa0;» est un nom que Windows réserve à un périphérique&#xa0;; choisissez-en un autre, comme «&#xa0;case-{case}&#xa0;»</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes, like &apos;kalesnikava&apos;</source>
        <translation>ne doit contenir que des minuscules, des chiffres et des tirets, comme «&#xa0;kalesnikava&#xa0;»</translation>
    </message>
    <message>
        <source>the file name &apos;{name}&apos; cannot name a case (lower-case letters, digits and dashes only); rename it &apos;{suggested}&apos;</source>
        <translation>le nom de fichier «&#xa0;{name}&#xa0;» ne peut pas nommer un cas (lettres minuscules, chiffres et tirets seulement)&#x202f;; renommez-le «&#xa0;{suggested}&#xa0;»</translation>
    </message>
    <message>
        <source>the letter has no recipient address</source>
        <translation>la lettre n’a pas d’adresse de destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s address has {lines} lines; at most {most} fit in the envelope window</source>
        <translation>l’adresse du destinataire compte {lines} lignes&#xa0;; la fenêtre de l’enveloppe en contient {most} au plus</translation>
    </message>
    <message>
        <source>a line of the recipient&apos;s address is too long for the envelope window</source>
        <translation>une ligne de l’adresse du destinataire est trop longue pour la fenêtre de l’enveloppe</translation>
    </message>
    <message>
        <source>a word in the sender&apos;s name or address is too long for the page</source>
        <translation>un mot du nom ou de l’adresse de l’expéditeur est trop long pour la page</translation>
    </message>
    <message>
        <source>the sender&apos;s name and address take {lines} lines; at most {most} fit above the envelope window</source>
        <translation>le nom et l’adresse de l’expéditeur occupent {lines} lignes&#xa0;; {most} au plus tiennent au-dessus de la fenêtre de l’enveloppe</translation>
    </message>
    <message>
        <source>there is no recipient to write to</source>
        <translation>il n’y a aucun destinataire à qui écrire</translation>
    </message>
    <message>
        <source>the handwriting sheet does not fit on one page</source>
        <translation>la fiche pour écrire à la main ne tient pas sur une page</translation>
    </message>
    <message>
        <source>the letter does not fit on one page (it needs {pages}); shorten it or leave out a paragraph</source>
        <translation>la lettre ne tient pas sur une page (il lui en faut {pages})&#xa0;; raccourcissez-la ou retirez un paragraphe</translation>
    </message>
    <message>
        <source>No title was found: please write one.</source>
        <translation>Aucun titre n’a été trouvé&#xa0;: veuillez en écrire un.</translation>
    </message>
    <message>
        <source>This may be the web page’s heading, not the appeal’s title.</source>
        <translation>Ceci est peut-être l’en-tête de la page Web, et non le titre de l’appel.</translation>
    </message>
    <message>
        <source>The title was taken from the e-mail’s subject or the web page’s title: check it.</source>
        <translation>Le titre a été repris de l’objet du courriel ou du titre de la page Web&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>No summary was found.</source>
        <translation>Aucun résumé n’a été trouvé.</translation>
    </message>
    <message>
        <source>No demands were found: add what the appeal asks for.</source>
        <translation>Aucune demande n’a été trouvée&#xa0;: ajoutez ce que demande l’appel.</translation>
    </message>
    <message>
        <source>The text ends inside the list of demands, or the last one looks cut off: check that none is missing.</source>
        <translation>Le texte s’arrête au milieu de la liste des demandes, ou la dernière semble coupée&#xa0;: vérifiez qu’aucune ne manque.</translation>
    </message>
    <message>
        <source>No sentence like “… urging him to:” comes before the list: check that these are the demands.</source>
        <translation>Aucune phrase comme «&#xa0;… en l’exhortant à&#xa0;:&#xa0;» ne précède la liste&#xa0;: vérifiez qu’il s’agit bien des demandes.</translation>
    </message>
    <message>
        <source>The demands were taken from the sample letter: check them.</source>
        <translation>Les demandes ont été reprises de la lettre type&#xa0;: vérifiez-les.</translation>
    </message>
    <message>
        <source>The demands were taken from requests in the text (“I urge you to …”): check them.</source>
        <translation>Les demandes ont été reprises de requêtes du texte («&#xa0;Je vous demande de…&#xa0;»)&#xa0;: vérifiez-les.</translation>
    </message>
    <message>
        <source>No deadline was found.</source>
        <translation>Aucune date limite n’a été trouvée.</translation>
    </message>
    <message>
        <source>No preferred language was given: the appeal’s own language is assumed.</source>
        <translation>Aucune langue n’est indiquée&#xa0;: la langue de l’appel est retenue.</translation>
    </message>
    <message>
        <source>The country is not clear.</source>
        <translation>Le pays n’est pas clair.</translation>
    </message>
    <message>
        <source>The title was made from the country and the person the appeal is about: check it.</source>
        <translation>Le titre a été composé du pays et de la personne dont parle l’appel&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>The title was made from the country and the person the appeal is about; “{heading}” looks like the web page’s or newsletter’s heading.</source>
        <translation>Le titre a été composé du pays et de la personne dont parle l’appel&#xa0;; «&#xa0;{heading}&#xa0;» semble être le titre de la page Web ou de la lettre d’information.</translation>
    </message>
    <message>
        <source>The title was made from the country and the person the appeal is about, not from the e-mail’s subject or the page’s title (“{heading}”).</source>
        <translation>Le titre a été composé du pays et de la personne dont parle l’appel, et non de l’objet du courriel ou du titre de la page («&#xa0;{heading}&#xa0;»).</translation>
    </message>
    <message>
        <source>The country was taken from the countries the text names: check it.</source>
        <translation>Le pays a été déduit des pays que nomme le texte&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>The recipients are in different countries; the one the text names most was taken: check it.</source>
        <translation>Les destinataires sont dans des pays différents&#xa0;; celui que le texte nomme le plus a été retenu&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>The sample letter has no closing: the appeal may be cut short.</source>
        <translation>La lettre type n’a pas de formule finale&#xa0;: l’appel est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Some text could not be placed: it is kept at the end of the background, under “{heading}”.</source>
        <translation>Une partie du texte n’a pas pu être placée&#xa0;: elle est gardée à la fin du contexte, sous «&#xa0;{heading}&#xa0;».</translation>
    </message>
    <message>
        <source>No one to write to was found: add the name and address.</source>
        <translation>Aucun destinataire n’a été trouvé&#xa0;: ajoutez son nom et son adresse.</translation>
    </message>
    <message>
        <source>No name was found for recipient {number}.</source>
        <translation>Aucun nom n’a été trouvé pour le destinataire {number}.</translation>
    </message>
    <message>
        <source>No official title was recognised for recipient {number}: check the name and title.</source>
        <translation>Aucune fonction officielle n’a été reconnue pour le destinataire {number}&#xa0;: vérifiez le nom et la fonction.</translation>
    </message>
    <message>
        <source>No postal address was found for recipient {number}.</source>
        <translation>Aucune adresse postale n’a été trouvée pour le destinataire {number}.</translation>
    </message>
    <message>
        <source>No country was found for recipient {number}.</source>
        <translation>Aucun pays n’a été trouvé pour le destinataire {number}.</translation>
    </message>
    <message>
        <source>The country of recipient {number} was taken from the official title: check the address.</source>
        <translation>Le pays du destinataire {number} a été déduit de sa fonction officielle&#xa0;: vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>No greeting (“Dear …”) was found for recipient {number}.</source>
        <translation>Aucune formule d’appel («&#xa0;Monsieur…&#xa0;») n’a été trouvée pour le destinataire {number}.</translation>
    </message>
    <message>
        <source>Recipient {number} was found without “Write to” before it: check the name and address.</source>
        <translation>Le destinataire {number} a été trouvé sans «&#xa0;Écrivez à&#xa0;» avant lui&#xa0;: vérifiez son nom et son adresse.</translation>
    </message>
    <message>
        <source>Recipient {number} was found without “Write to” or a greeting: check it.</source>
        <translation>Le destinataire {number} a été trouvé sans «&#xa0;Écrivez à&#xa0;» ni formule d’appel&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>No name was found for copy {number}.</source>
        <translation>Aucun nom n’a été trouvé pour la copie {number}.</translation>
    </message>
    <message>
        <source>No official title was recognised for copy {number}: check the name and title.</source>
        <translation>Aucune fonction officielle n’a été reconnue pour la copie {number}&#xa0;: vérifiez le nom et la fonction.</translation>
    </message>
    <message>
        <source>No postal address was found for copy {number}.</source>
        <translation>Aucune adresse postale n’a été trouvée pour la copie {number}.</translation>
    </message>
    <message>
        <source>No country was found for copy {number}.</source>
        <translation>Aucun pays n’a été trouvé pour la copie {number}.</translation>
    </message>
    <message>
        <source>The country of copy {number} was taken from the official title: check the address.</source>
        <translation>Le pays de la copie {number} a été déduit de la fonction officielle&#xa0;: vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{name} could not be read</source>
        <translation>{name} n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the file is {size} MB; an Urgent Action is far smaller (at most {most} MB)</source>
        <translation>le fichier fait {size}&#xa0;Mo&#xa0;; une Action urgente est bien plus petite ({most}&#xa0;Mo au plus)</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an Urgent Action is far smaller (at most {most} MB)</source>
        <translation>{name} fait {size}&#xa0;Mo&#xa0;; une Action urgente est bien plus petite ({most}&#xa0;Mo au plus)</translation>
    </message>
    <message>
        <source>the text has {chars} characters; an Urgent Action has a few thousand (at most {most})</source>
        <translation>le texte compte {chars} caractères&#xa0;; une Action urgente en compte quelques milliers ({most} au plus)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>there is no text to import</source>
        <translation>il n’y a pas de texte à importer</translation>
    </message>
    <message>
        <source>the web page holds no text to import</source>
        <translation>la page Web ne contient aucun texte à importer</translation>
    </message>
    <message>
        <source>this file cannot be read as an appeal; save it as PDF, Word (.docx), e-mail (.eml), web page or text</source>
        <translation>ce fichier ne peut pas être lu comme un appel&#xa0;; enregistrez-le en PDF, Word (.docx), courriel (.eml), page Web ou texte</translation>
    </message>
    <message>
        <source>the text in the file is damaged; save the appeal again, as PDF or text</source>
        <translation>le texte du fichier est endommagé&#xa0;; enregistrez de nouveau l’appel, en PDF ou en texte</translation>
    </message>
    <message>
        <source>this kind of document cannot be read; save the appeal as PDF, Word (.docx), web page or text</source>
        <translation>ce type de document ne peut pas être lu&#xa0;; enregistrez l’appel en PDF, Word (.docx), page Web ou texte</translation>
    </message>
    <message>
        <source>the e-mail cannot be read</source>
        <translation>le courriel ne peut pas être lu</translation>
    </message>
    <message>
        <source>the e-mail has no text to import (and no attached appeal)</source>
        <translation>le courriel n’a aucun texte à importer (ni appel en pièce jointe)</translation>
    </message>
    <message>
        <source>the Word file is damaged or incomplete</source>
        <translation>le fichier Word est endommagé ou incomplet</translation>
    </message>
    <message>
        <source>the Word file holds far too many parts to be an Urgent Action</source>
        <translation>le fichier Word contient bien trop de parties pour être une Action urgente</translation>
    </message>
    <message>
        <source>the Word file holds far more text than an Urgent Action (more than {most} MB once unpacked)</source>
        <translation>le fichier Word contient bien plus de texte qu’une Action urgente (plus de {most}&#xa0;Mo une fois décompressé)</translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx)</source>
        <translation>c’est une archive zip, pas un document Word (.docx)</translation>
    </message>
    <message>
        <source>reading {kind} files needs the {package} package</source>
        <translation>lire les fichiers {kind} demande le paquet {package}</translation>
    </message>
    <message>
        <source>the PDF is encrypted; save an unprotected copy</source>
        <translation>le PDF est chiffré&#xa0;; enregistrez-en une copie non protégée</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy first</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;; enregistrez d’abord une copie non protégée</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages; an Urgent Action has a few (at most {most} are read)</source>
        <translation>le PDF a {pages} pages&#xa0;; une Action urgente en a quelques-unes ({most} au plus sont lues)</translation>
    </message>
    <message>
        <source>the PDF holds far more text than an Urgent Action</source>
        <translation>le PDF contient bien plus de texte qu’une Action urgente</translation>
    </message>
    <message>
        <source>the PDF’s pages hold far more drawing data than an Urgent Action (more than {mb} MB to draw); save or print the appeal again as a simpler PDF</source>
        <translation>les pages du PDF contiennent bien plus de dessin qu’une Action urgente (plus de {mb}&#xa0;Mo à dessiner)&#xa0;; enregistrez ou imprimez de nouveau l’appel en un PDF plus simple</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete</source>
        <translation>le PDF est endommagé ou incomplet</translation>
    </message>
    <message>
        <source>no text could be read from the PDF: it looks like a scan (a picture of the pages); ask for the text, or copy it from the web page or e-mail</source>
        <translation>aucun texte n’a pu être lu dans le PDF&#xa0;: il semble numérisé (une image des pages)&#xa0;; demandez le texte, ou copiez-le depuis la page Web ou le courriel</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>Donnez un nom à la séance.</translation>
    </message>
    <message>
        <source>Choose at least one case for the event.</source>
        <translation>Choisissez au moins un cas pour la séance.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s PIN must be at least 4 digits.</source>
        <translation>Le NIP de la coordination doit compter au moins 4 chiffres.</translation>
    </message>
    <message>
        <source>the event file is damaged ({detail})</source>
        <translation>le fichier de la séance est endommagé ({detail})</translation>
    </message>
    <message>
        <source>template {name} is not a part of a letter ({parts})</source>
        <translation>la formulation {name} n’est pas une partie de lettre ({parts})</translation>
    </message>
    <message>
        <source>template {name} cannot be used: {error}</source>
        <translation>la formulation {name} est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>choose at least one case to export</source>
        <translation>choisissez au moins un cas à exporter</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the pack holds a file with an unsafe path: {name!r}</source>
        <translation>le lot contient un fichier au chemin dangereux&#xa0;: {name!r}</translation>
    </message>
    <message>
        <source>the pack holds {files} files; a pack holds at most {most}</source>
        <translation>le lot contient {files} fichiers&#xa0;; un lot en contient {most} au plus</translation>
    </message>
    <message>
        <source>the pack holds a symbolic link: {name}</source>
        <translation>le lot contient un lien symbolique&#xa0;: {name}</translation>
    </message>
    <message>
        <source>the pack is encrypted</source>
        <translation>le lot est chiffré</translation>
    </message>
    <message>
        <source>the pack uses a compression Letter Composer does not read ({name}); case packs are plain zip files (deflate)</source>
        <translation>le lot utilise une compression que Letter Composer ne lit pas ({name})&#xa0;; les lots de cas sont de simples fichiers zip (deflate)</translation>
    </message>
    <message>
        <source>the pack unpacks to far more data than cases need (a zip bomb?)</source>
        <translation>le lot se décompresse en bien plus de données qu’il n’en faut pour des cas (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>the pack is compressed suspiciously well (a zip bomb?)</source>
        <translation>le lot est compressé à un point suspect (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>the pack holds {name} twice</source>
        <translation>le lot contient {name} en double</translation>
    </message>
    <message>
        <source>{name} in the pack is not UTF-8 text</source>
        <translation>{name}, dans le lot, n’est pas un texte UTF-8</translation>
    </message>
    <message>
        <source>{path} is a folder, not a case pack</source>
        <translation>{path} est un dossier, pas un lot de cas</translation>
    </message>
    <message>
        <source>{path} is not a file, so it cannot be a case pack</source>
        <translation>{path} n’est pas un fichier, ce ne peut donc pas être un lot de cas</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a case pack is far smaller</source>
        <translation>{name} pèse {size}&#xa0;Mo&#xa0;; un lot de cas est bien plus petit</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; try again</source>
        <translation>{name} a changé pendant sa lecture&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>{name} is not a case pack (a damaged or foreign zip file)</source>
        <translation>{name} n’est pas un lot de cas (c’est un fichier zip endommagé ou d’une autre origine)</translation>
    </message>
    <message>
        <source>{name} is not a case pack (it has no manifest.json)</source>
        <translation>{name} n’est pas un lot de cas (il n’a pas de manifest.json)</translation>
    </message>
    <message>
        <source>the pack&apos;s manifest is not valid JSON ({detail})</source>
        <translation>le manifeste du lot n’est pas du JSON valide ({detail})</translation>
    </message>
    <message>
        <source>the pack&apos;s manifest is nested far too deeply</source>
        <translation>le manifeste du lot est imbriqué bien trop profondément</translation>
    </message>
    <message>
        <source>{name} is not a Letter Composer case pack</source>
        <translation>{name} n’est pas un lot de cas de Letter Composer</translation>
    </message>
    <message>
        <source>the pack is format version {version}; this Letter Composer reads version {supported} (update the app)</source>
        <translation>le lot est au format version {version}&#xa0;; ce Letter Composer lit la version {supported} (mettez l’application à jour)</translation>
    </message>
    <message>
        <source>the pack&apos;s manifest is malformed (cases and templates must be lists)</source>
        <translation>le manifeste du lot est mal formé (cases et templates doivent être des listes)</translation>
    </message>
    <message>
        <source>the pack holds a case named {name}; its id is a name Windows keeps for a device; choose another, like &apos;case-{case}&apos;</source>
        <translation>le lot contient un cas nommé {name}&#xa0;; son identifiant est un nom que Windows réserve à un périphérique&#xa0;; choisissez-en un autre, comme «&#xa0;case-{case}&#xa0;»</translation>
    </message>
    <message>
        <source>the pack holds a case named {name}; its id must be lower-case letters, digits and dashes, like &apos;kalesnikava&apos;</source>
        <translation>le lot contient un cas nommé {name}&#xa0;; son identifiant doit être fait de minuscules, de chiffres et de tirets, comme «&#xa0;kalesnikava&#xa0;»</translation>
    </message>
    <message>
        <source>the pack holds an invalid case: {error}</source>
        <translation>le lot contient un cas non valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name}: the case&apos;s id is &apos;{found}&apos;, not &apos;{expected}&apos;</source>
        <translation>{name}&#xa0;: l’identifiant du cas est «&#xa0;{found}&#xa0;», pas «&#xa0;{expected}&#xa0;»</translation>
    </message>
    <message>
        <source>the pack holds a file that is not a case or a template: {name}</source>
        <translation>le lot contient un fichier qui n’est ni un cas ni une formulation&#xa0;: {name}</translation>
    </message>
    <message>
        <source>the pack&apos;s manifest does not match its contents</source>
        <translation>le manifeste du lot ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>{name} holds no cases</source>
        <translation>{name} ne contient aucun cas</translation>
    </message>
    <message>
        <source>the pack&apos;s case {case} cannot be saved: {error}</source>
        <translation>le cas {case} du lot ne peut pas être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the pack could not be imported ({reason}); nothing was changed</source>
        <translation>le lot n’a pas pu être importé ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the pack could not be imported ({reason} in {folder}); nothing was changed</source>
        <translation>le lot n’a pas pu être importé ({reason} dans {folder})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>a wording ran outside its limits</source>
        <translation>une formulation a été exécutée hors de ses limites</translation>
    </message>
    <message>
        <source>it takes too many steps</source>
        <translation>elle demande trop d’étapes</translation>
    </message>
    <message>
        <source>it computes a number far too large for a letter</source>
        <translation>elle calcule un nombre bien trop grand pour une lettre</translation>
    </message>
    <message>
        <source>it builds far too much text</source>
        <translation>elle produit bien trop de texte</translation>
    </message>
    <message>
        <source>it pads text to a width given as a value</source>
        <translation>elle aligne du texte sur une largeur donnée par une valeur</translation>
    </message>
    <message>
        <source>it pads text to a huge width</source>
        <translation>elle aligne du texte sur une largeur énorme</translation>
    </message>
    <message>
        <source>it asks for a range of more than {most} numbers</source>
        <translation>elle demande une suite de plus de {most} nombres</translation>
    </message>
    <message>
        <source>it asks a filter for far too much</source>
        <translation>elle demande bien trop à un filtre</translation>
    </message>
    <message>
        <source>it uses a recursive loop</source>
        <translation>elle utilise une boucle récursive</translation>
    </message>
    <message>
        <source>it writes far too much text</source>
        <translation>elle écrit bien trop de texte</translation>
    </message>
    <message>
        <source>it formats text in a way letters do not need</source>
        <translation>elle met du texte en forme d’une façon dont les lettres n’ont pas besoin</translation>
    </message>
    <message>
        <source>it refers to Python internals (names with &apos;__&apos;)</source>
        <translation>elle fait appel aux rouages internes de Python (des noms avec «&#xa0;__&#xa0;»)</translation>
    </message>
    <message>
        <source>it is too long to be a letter part</source>
        <translation>elle est trop longue pour une partie de lettre</translation>
    </message>
    <message>
        <source>it is not a valid template ({detail})</source>
        <translation>ce n’est pas un modèle valide ({detail})</translation>
    </message>
    <message>
        <source>it is nested far too deeply</source>
        <translation>elle est imbriquée bien trop profondément</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>it calls itself too deeply</source>
        <translation>elle s’appelle elle-même trop profondément</translation>
    </message>
    <message>
        <source>it fails: {detail}</source>
        <translation>elle échoue&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>it leaves out the {part}</source>
        <translation>elle omet la partie «&#xa0;{part}&#xa0;»</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file</source>
        <translation>{path} est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte}); save the sign-up sheet as &quot;CSV UTF-8&quot; and try again</source>
        <translation>{path} n’est pas un texte UTF-8 (octet {byte})&#xa0;; enregistrez la feuille d’inscription au format «&#xa0;CSV UTF-8&#xa0;» et réessayez</translation>
    </message>
    <message>
        <source>the sign-up sheet is empty</source>
        <translation>la feuille d’inscription est vide</translation>
    </message>
    <message>
        <source>line 1: {detail}</source>
        <translation>ligne 1&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>line 1: the header must be {columns} (no &apos;{column}&apos; column)</source>
        <translation>ligne 1&#xa0;: l’en-tête doit être {columns} (il n’y a pas de colonne «&#xa0;{column}&#xa0;»)</translation>
    </message>
    <message>
        <source>line 1: unknown column &apos;{column}&apos;; the header is {columns}</source>
        <translation>ligne 1&#xa0;: colonne «&#xa0;{column}&#xa0;» inconnue&#xa0;; l’en-tête est {columns}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>ne peut pas être lue comme du CSV ({detail})</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {columns}</source>
        <translation>compte {cells} cellules&#xa0;; l’en-tête en compte {columns}</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>le nom manque</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (letters can be written in {languages})</source>
        <translation>langue «&#xa0;{language}&#xa0;» inconnue (les lettres peuvent être écrites en {languages})</translation>
    </message>
    <message>
        <source>the letter is too long for one page</source>
        <translation>la lettre est trop longue pour une page</translation>
    </message>
    <message>
        <source>the saved draft is damaged ({detail})</source>
        <translation>la lettre enregistrée est endommagée ({detail})</translation>
    </message>
    <message>
        <source>letters can be written in {languages}, not &apos;{language}&apos;</source>
        <translation>les lettres peuvent être écrites en {languages}, pas en «&#xa0;{language}&#xa0;»</translation>
    </message>
    <message>
        <source>the letter count in {path} was made by a newer Letter Composer; update this one</source>
        <translation>le décompte des lettres dans {path} a été créé par une version plus récente de Letter Composer&#xa0;; mettez celle-ci à jour</translation>
    </message>
    <message>
        <source>cannot open the letter count in {path}: {detail}</source>
        <translation>impossible d’ouvrir le décompte des lettres dans {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>cannot use the letter count in {path}: {detail}</source>
        <translation>impossible d’utiliser le décompte des lettres dans {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export a case pack</source>
        <translation>Exporter un lot de cas</translation>
    </message>
    <message>
        <source>Tick the cases to carry to other computers. The pack also holds your own letter wordings, if you have any.</source>
        <translation>Cochez les cas à transporter vers d’autres ordinateurs. Le lot contient aussi vos propres formulations de lettre, s’il y en a.</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Cas à exporter</translation>
    </message>
    <message>
        <source>{title} (deadline passed)</source>
        <translation>{title} (date limite passée)</translation>
    </message>
    <message>
        <source>{title} — mine</source>
        <translation>{title} — personnel</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>PackImport</name>
    <message>
        <source>The pack holds cases you already have, changed:

{ids}

Replace your cases with the pack&apos;s?</source>
        <translation>Le lot contient des cas que vous avez déjà, mais modifiés&#xa0;:

{ids}

Remplacer vos cas par ceux du lot&#x202f;?</translation>
    </message>
    <message>
        <source>Replace cases?</source>
        <translation>Remplacer les cas&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot import the case pack</source>
        <translation>Impossible d’importer le lot de cas</translation>
    </message>
</context>
<context>
    <name>PageCheck</name>
    <message>
        <source>The custom wording {name} cannot be used; a standard wording is used instead.</source>
        <translation>La formulation personnalisée {name} est inutilisable&#xa0;; une formulation standard la remplace.</translation>
    </message>
    <message>
        <source>⚠ {problem}</source>
        <translation>⚠ {problem}</translation>
    </message>
    <message>
        <source>⚠ Cannot be printed: {characters}</source>
        <translation>⚠ Impossible à imprimer&#xa0;: {characters}</translation>
    </message>
    <message>
        <source>✓ Fits on one page</source>
        <translation>✓ Tient sur une page</translation>
    </message>
    <message>
        <source>⚠ Too long for one page: shorten your letter</source>
        <translation>⚠ Trop longue pour une page&#xa0;: raccourcissez votre lettre</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>{message} (this action&apos;s deadline passed on {date})</source>
        <translation>{message} (la date limite de cette action était le {date})</translation>
    </message>
    <message>
        <source>The letter is too long</source>
        <translation>La lettre est trop longue</translation>
    </message>
    <message>
        <source>Your letter does not fit on one page, so it was not saved. Shorten it (or untick a demand) and export again.</source>
        <translation>Votre lettre ne tient pas sur une page&#xa0;: elle n’a donc pas été enregistrée. Raccourcissez-la (ou décochez une demande), puis exportez-la de nouveau.</translation>
    </message>
    <message>
        <source>The letter cannot be laid out</source>
        <translation>Impossible de mettre la lettre en page</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Impossible d’enregistrer le PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {path}: {reason}. Choose another folder, such as your Documents folder.</source>
        <translation>Le PDF n’a pas pu être enregistré dans {path}&#xa0;: {reason}. Choisissez un autre dossier, par exemple votre dossier Documents.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Your letter does not fit on one page, so it was not printed. Shorten it (or untick a demand) and print again.</source>
        <translation>Votre lettre ne tient pas sur une page&#xa0;: elle n’a donc pas été imprimée. Raccourcissez-la (ou décochez une demande), puis imprimez-la de nouveau.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>The letter is now laid out for {paper} paper.</source>
        <translation>La lettre est maintenant mise en page pour le format {paper}.</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>Envoyée à {printer}</translation>
    </message>
    <message>
        <source>Print Envelope</source>
        <translation>Imprimer une enveloppe</translation>
    </message>
    <message>
        <source>This letter has no recipient address.</source>
        <translation>Cette lettre n’a pas d’adresse de destinataire.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Envelope sent to {printer}: feed a {size} envelope</source>
        <translation>Enveloppe envoyée à {printer}&#xa0;: insérez une enveloppe {size}</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Handwriting sheet</source>
        <translation>Fiche pour écrire à la main</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {path}: {reason}.</source>
        <translation>Impossible d’enregistrer le PDF dans {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer is installed.</source>
        <translation>Aucune imprimante n’est installée.</translation>
    </message>
    <message>
        <source>Add a printer in the system settings, or export the letter as a PDF and print it later.</source>
        <translation>Ajoutez une imprimante dans les paramètres du système, ou exportez la lettre en PDF pour l’imprimer plus tard.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Print Envelope</source>
        <translation>Imprimer une enveloppe</translation>
    </message>
    <message>
        <source>Print Letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>The envelope was not printed.</source>
        <translation>L’enveloppe n’a pas été imprimée.</translation>
    </message>
    <message>
        <source>The letter was not printed.</source>
        <translation>La lettre n’a pas été imprimée.</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started.</source>
        <translation>Impossible de démarrer l’imprimante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Paper Size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>The printer “%1” uses %2 paper, but the letter is laid out for %3.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» utilise du papier %2, mais la lettre est mise en page pour le format %3.</translation>
    </message>
    <message>
        <source>Printed as it is, the address may miss the envelope window. Lay the letter out for %1 paper instead?</source>
        <translation>Imprimée telle quelle, l’adresse risque de ne pas apparaître dans la fenêtre de l’enveloppe. Mettre plutôt la lettre en page pour le format %1&#x202f;?</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer au format %1</translation>
    </message>
    <message>
        <source>Print on %1 Anyway</source>
        <translation>Imprimer quand même sur %1</translation>
    </message>
    <message>
        <source>Printing needs CUPS, which is not installed on this computer.</source>
        <translation>L’impression nécessite CUPS, qui n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running or did not answer.</source>
        <translation>Le service d’impression (CUPS) n’est pas lancé ou n’a pas répondu.</translation>
    </message>
    <message>
        <source>There is no printer named “%1”.</source>
        <translation>Il n’y a aucune imprimante nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» est arrêtée.</translation>
    </message>
    <message>
        <source>The printer “%1” is not accepting jobs.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’accepte pas de travaux.</translation>
    </message>
    <message>
        <source>The printer “%1” refused the letter.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» a refusé la lettre.</translation>
    </message>
    <message>
        <source>The printer “%1” could not print the letter.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’a pas pu imprimer la lettre.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Your letter is safe: you can export it as a PDF and print it later.</source>
        <translation>Votre lettre n’est pas perdue&#xa0;: vous pouvez l’exporter en PDF et l’imprimer plus tard.</translation>
    </message>
    <message>
        <source>Export PDF Instead…</source>
        <translation>Exporter plutôt en PDF…</translation>
    </message>
    <message>
        <source>The letter was not saved.</source>
        <translation>La lettre n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecipientChooser</name>
    <message>
        <source>Write to</source>
        <translation>Écrire à</translation>
    </message>
    <message>
        <source>Copy: {name}</source>
        <translation>Copie&#xa0;: {name}</translation>
    </message>
    <message>
        <source>All {count} recipients (one letter each)</source>
        <translation>Les {count} destinataires (une lettre chacun)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Letter-Writing Report</source>
        <translation>Bilan de la séance d’écriture</translation>
    </message>
    <message>
        <source>Which letters</source>
        <translation>Quelles lettres</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Letters made</source>
        <translation>Lettres écrites</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Par langue</translation>
    </message>
    <message>
        <source>Per recipient</source>
        <translation>Par destinataire</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letters per case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lettres par cas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per language&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par langue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per recipient&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par destinataire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The count cannot be read: {reason}</source>
        <translation>Le décompte est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>1 letter made</source>
        <translation>1 lettre écrite</translation>
    </message>
    <message>
        <source>{count} letters made</source>
        <translation>{count} lettres écrites</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le bilan en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le bilan en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le bilan n’a pas été enregistré</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>SenderPreview</name>
    <message>
        <source>Your return address</source>
        <translation>Votre adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Your name and address as they will print. Change them in About you.</source>
        <translation>Votre nom et votre adresse tels qu’ils seront imprimés. Modifiez-les dans «&#xa0;À propos de vous&#xa0;».</translation>
    </message>
    <message>
        <source>Your name and address go here: fill in About you.</source>
        <translation>Votre nom et votre adresse figureront ici&#xa0;: remplissez «&#xa0;À propos de vous&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>StartEventDialog</name>
    <message>
        <source>Start an Event</source>
        <translation>Commencer une séance</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de la séance</translation>
    </message>
    <message>
        <source>For example: Write for Rights, Guelph Library</source>
        <translation>Par exemple&#xa0;: Marathon d’écriture, bibliothèque de Guelph</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Cases offered</source>
        <translation>Cas proposés</translation>
    </message>
    <message>
        <source>{title} (deadline passed)</source>
        <translation>{title} (date limite passée)</translation>
    </message>
    <message>
        <source>Each writer chooses</source>
        <translation>Au choix de chaque personne</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>A folder named after the event</source>
        <translation>Un dossier au nom de la séance</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Coordinator&apos;s PIN</source>
        <translation>NIP de la coordination</translation>
    </message>
    <message>
        <source>At least 4 digits</source>
        <translation>Au moins 4 chiffres</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Le NIP une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cases offered:</source>
        <translation>&amp;Cas proposés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>Letters &amp;folder:</source>
        <translation>&amp;Dossier des lettres&#xa0;:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s P&amp;IN:</source>
        <translation>NIP de la c&amp;oordination&#xa0;:</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>NIP, &amp;encore&#xa0;:</translation>
    </message>
    <message>
        <source>Start the Event</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>During the event, writers see only the event&apos;s cases, About you and the letter. The case library and these settings are behind Event ▸ Coordinator… and the PIN.</source>
        <translation>Pendant la séance, les participants ne voient que les cas de la séance, «&#xa0;À propos de vous&#xa0;» et la lettre. La bibliothèque de cas et ces réglages sont derrière Séance ▸ Coordination… et le NIP.</translation>
    </message>
    <message>
        <source>Folder for the event&apos;s letters</source>
        <translation>Dossier des lettres de la séance</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Les deux NIP diffèrent&#xa0;: tapez deux fois le même NIP.</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <source>Make all the text in the window larger</source>
        <translation>Agrandir tout le texte de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <source>Make all the text in the window smaller</source>
        <translation>Réduire tout le texte de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>Taille du texte&#xa0;: {percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>WindowFit</name>
    <message>
        <source>Case: {title}</source>
        <translation>Cas&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{title}

Click to choose another case.</source>
        <translation>{title}

Cliquez pour choisir un autre cas.</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>Cannot restore a letter</source>
        <translation>Impossible de récupérer une lettre</translation>
    </message>
    <message>
        <source>A letter kept when Letter Composer last closed cannot be restored ({problem}). It was set aside in {folder} and will not be offered again.</source>
        <translation>Une lettre conservée lors de la dernière fermeture de Letter Composer ne peut pas être récupérée ({problem}). Elle a été mise de côté dans {folder} et ne vous sera plus proposée.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>Your letter is back.</source>
        <translation>Votre lettre est de retour.</translation>
    </message>
</context>
<context>
    <name>_RecipientEditor</name>
    <message>
        <source>e.g. Spanish: Señor Ministro</source>
        <translation>p. ex. espagnol&#xa0;: Señor Ministro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <source>Salutation in other languages</source>
        <translation>Formule d’appel dans d’autres langues</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Letter Composer ran into a problem it did not expect. Your letter is kept in a safety copy and will be offered back if you restart.

The problem: {error}</source>
        <translation>Letter Composer a rencontré un problème imprévu. Votre lettre est gardée dans une copie de sécurité et vous sera proposée au prochain démarrage.

Le problème&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Export the letter as PDF</source>
        <translation>Exporter la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Ouvrir un fichier de cas</translation>
    </message>
    <message>
        <source>Import an Urgent Action</source>
        <translation>Importer une Action urgente</translation>
    </message>
    <message>
        <source>Import a case pack</source>
        <translation>Importer un lot de cas</translation>
    </message>
    <message>
        <source>Case files ({patterns})</source>
        <translation>Fichiers de cas ({patterns})</translation>
    </message>
    <message>
        <source>Case packs ({patterns})</source>
        <translation>Lots de cas ({patterns})</translation>
    </message>
    <message>
        <source>Export a case pack</source>
        <translation>Exporter un lot de cas</translation>
    </message>
    <message>
        <source>Open another case?</source>
        <translation>Ouvrir un autre cas&#x202f;?</translation>
    </message>
    <message>
        <source>Open the case “{title}”?

The letter you are writing will be cleared. Export or print it first if you want to keep it.</source>
        <translation>Ouvrir le cas «&#xa0;{title}&#xa0;»&#x202f;?

La lettre que vous écrivez sera effacée. Exportez-la ou imprimez-la d’abord si vous voulez la garder.</translation>
    </message>
    <message>
        <source>Open the Case</source>
        <translation>Ouvrir le cas</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>Lettre exportée</translation>
    </message>
    <message>
        <source>Your letter is saved as:
{path}</source>
        <translation>Votre lettre est enregistrée sous&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Show its folder</source>
        <translation>Afficher son dossier</translation>
    </message>
    <message>
        <source>Next Writer</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Clear the writer&apos;s details and start a fresh letter for the next one</source>
        <translation>Effacer les coordonnées et commencer une nouvelle lettre pour la personne suivante</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Lettre imprimée</translation>
    </message>
    <message>
        <source>Your letter makes no request</source>
        <translation>Votre lettre ne demande rien</translation>
    </message>
    <message>
        <source>Your letter makes no request: no demand is ticked. A letter works best when it asks for something.

Export it anyway?</source>
        <translation>Votre lettre ne demande rien&#xa0;: aucune demande n’est cochée. Une lettre porte mieux quand elle demande quelque chose.

L’exporter quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Some characters cannot be printed</source>
        <translation>Certains caractères ne peuvent pas être imprimés</translation>
    </message>
    <message>
        <source>No font in Letter Composer can draw these characters of your letter: {characters}

They would be left out of the page, so the letter on paper would not read as it does on screen. Change or remove them, or go on without them.</source>
        <translation>Aucune police de Letter Composer ne sait dessiner ces caractères de votre lettre&#xa0;: {characters}

Ils seraient omis sur la page&#xa0;: la lettre imprimée ne se lirait pas comme à l’écran. Modifiez-les ou supprimez-les, ou continuez sans eux.</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>The deadline has passed</source>
        <translation>La date limite est passée</translation>
    </message>
    <message>
        <source>This Urgent Action&apos;s deadline passed on {date}. The case may have changed: check for an update before you send the letter.

Go on with this letter?</source>
        <translation>La date limite de cette Action urgente était le {date}. Le cas a pu évoluer&#xa0;: vérifiez s’il y a du nouveau avant d’envoyer la lettre.

Continuer avec cette lettre&#xa0;?</translation>
    </message>
    <message>
        <source>Restore your letter?</source>
        <translation>Récupérer votre lettre&#x202f;?</translation>
    </message>
    <message>
        <source>Restore the letter you were writing?

Letter Composer closed before you finished it ({when}). The letter begins: “{words}”</source>
        <translation>Récupérer la lettre que vous étiez en train d’écrire&#x202f;?

Letter Composer s’est fermé avant que vous la terminiez ({when}). La lettre commence ainsi&#x202f;: «&#x202f;{words}&#x202f;»</translation>
    </message>
    <message>
        <source>Start a new letter?</source>
        <translation>Commencer une nouvelle lettre&#x202f;?</translation>
    </message>
    <message>
        <source>Start a new letter? The letter on screen will be cleared.</source>
        <translation>Commencer une nouvelle lettre&#x202f;? La lettre à l’écran sera effacée.</translation>
    </message>
    <message>
        <source>Close Letter Composer?</source>
        <translation>Fermer Letter Composer&#x202f;?</translation>
    </message>
    <message>
        <source>Your letter has not been exported or printed since you last changed it. Close anyway? It will not be kept.</source>
        <translation>Votre lettre n’a été ni exportée ni imprimée depuis votre dernière modification. Fermer quand même&#x202f;? Elle ne sera pas conservée.</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>The coordinator&apos;s PIN:</source>
        <translation>NIP de la coordination&#xa0;:</translation>
    </message>
</context>
<context>
    <name>handwriting</name>
    <message>
        <source>Handwriting sheet</source>
        <translation>Fiche pour écrire à la main</translation>
    </message>
</context>
</TS>
