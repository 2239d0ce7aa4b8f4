<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="24" />
        <source>Corrective action for %1</source>
        <translation>Action corrective pour %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="32" />
        <source>Finding:</source>
        <translation>Constat :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="37" />
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="41" />
        <source>Name and role at the operator</source>
        <translation>Nom et fonction chez l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="42" />
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="50" />
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="511" />
        <source>Check in</source>
        <translation>Réintégration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="512" />
        <source>The package goes in whole, in one step, or not at all.</source>
        <translation>Le paquet est intégré en entier, en une seule étape, ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="514" />
        <source>&amp;Check in</source>
        <translation>&amp;Réintégrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="530" />
        <source>Return package #%1 from %2, written on %3.</source>
        <translation>Paquet de retour n° %1 provenant de %2, créé le %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="534" />
        <source>Cases: %1</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="540" />
        <source>Cases in conflict: %1 merged, %2 discarded.</source>
        <translation>Dossiers en conflit : %1 fusionnés, %2 écartés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="548" />
        <source>Changed on both sides: %1 from the laptop, %2 kept as at the office.</source>
        <translation>Modifiés des deux côtés : %1 repris du portable, %2 conservés tels qu'au bureau.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="555" />
        <source>The laptop's other changes:</source>
        <translation>Autres modifications du portable :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="558" />
        <source>The package brings no changes; the cases are released.</source>
        <translation>Le paquet n'apporte aucune modification ; les dossiers sont libérés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="573" />
        <source>Checking the package in…</source>
        <translation>Réintégration du paquet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="576" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="35" />
        <source>Assign %n case(s)</source>
        <translation><numerusform>Attribuer %n dossier</numerusform><numerusform>Attribuer %n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="49" />
        <source>Suggested: </source>
        <translation>Suggestion : </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="52" />
        <source>&amp;Validators (arrows to choose, Enter to assign):</source>
        <translation>&amp;Validateurs (flèches pour choisir, Entrée pour attribuer) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="56" />
        <source>Validators</source>
        <translation>Validateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="62" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="63" />
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="64" />
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="65" />
        <source>Load / capacity</source>
        <translation>Charge / capacité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="66" />
        <source>Utilisation</source>
        <translation>Taux de charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="88" />
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="113" />
        <source>&amp;Reason or note:</source>
        <translation>&amp;Motif ou remarque :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="117" />
        <source>Optional, kept in the timeline</source>
        <translation>Facultatif, conservé dans l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="124" />
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="160" />
        <source>Not allowed: </source>
        <translation>Non autorisé : </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="163" />
        <source>Warning (kept with the assignment): </source>
        <translation>Avertissement (conservé avec l'attribution) : </translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="63" />
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="64" />
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="65" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="66" />
        <source>Needs it</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="67" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="68" />
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="152" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>AuditChecklistWidget</name>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="120" />
        <source>◀ Audits</source>
        <extracomment>Each result's text colour, by meaning (theme.colour gives it for the current look). The status badge's coloured note (theme.SURFACES) by audit status; "info" for the others.</extracomment>
        <translation>◀ Audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="122" />
        <source>Back to the list of audits</source>
        <translation>Retour à la liste des audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="123" />
        <source>Back to the list of audits (Alt+Left)</source>
        <translation>Retour à la liste des audits (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="139" />
        <source>%v of %m answered</source>
        <translation>%v sur %m renseignés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="143" />
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="146" />
        <source>Lock the audit (Ctrl+Shift+F)</source>
        <translation>Verrouiller l'audit (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="148" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="151" />
        <source>Report .&amp;xlsx…</source>
        <translation>Rapport .&amp;xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="153" />
        <source>Save the audit report as an Excel workbook</source>
        <translation>Enregistrer le rapport d'audit dans un classeur Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="155" />
        <source>Report .p&amp;df…</source>
        <translation>Rapport .p&amp;df…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="157" />
        <source>Save the audit report as a PDF</source>
        <translation>Enregistrer le rapport d'audit au format PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="181" />
        <source>Show items</source>
        <translation>Points affichés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="182" />
        <source>Show all items, only the unanswered or shortfalls</source>
        <translation>Afficher tous les points, seulement ceux sans réponse ou seulement les écarts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="184" />
        <source>All items</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="184" />
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="184" />
        <source>Shortfalls</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="189" />
        <source>Checklist items</source>
        <translation>Points de la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="192" />
        <source>1 met, 2 partially met, 3 not met, 4 not applicable, 0 clear; N next unanswered</source>
        <translation>1 satisfait, 2 partiellement satisfait, 3 non satisfait, 4 sans objet, 0 effacer ; N point suivant sans réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="195" />
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="195" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="209" />
        <source>● Must item</source>
        <translation>● Point obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="210" />
        <source>Must items weigh double; a Must item not met fails the audit.</source>
        <translation>Les points obligatoires comptent double ; un point obligatoire non satisfait entraîne l'échec de l'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="254" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="259" />
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="267" />
        <source>Severity of the shortfall:</source>
        <translation>Gravité de l'écart :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="281" />
        <source>Note (Enter to write, Esc to go back to the list):</source>
        <translation>Note (Entrée pour écrire, Échap pour revenir à la liste) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="287" />
        <source>What you saw, who you spoke to, which records you checked…</source>
        <translation>Ce que vous avez constaté, vos interlocuteurs, les registres vérifiés…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="303" />
        <source>Evidence:</source>
        <translation>Pièces justificatives :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="306" />
        <source>Attach files… (Ctrl+O)</source>
        <translation>Joindre des fichiers… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="310" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="313" />
        <source>Remove the selected evidence file (Delete in the list)</source>
        <translation>Retirer la pièce justificative sélectionnée (Suppr dans la liste)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="322" />
        <source>Evidence of this item</source>
        <translation>Pièces justificatives de ce point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="336" />
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="343" />
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="357" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="345" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="349" />
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="350" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="358" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="359" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="360" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="362" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="371" />
        <source>&amp;Add corrective action…</source>
        <translation>&amp;Ajouter une action corrective…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="374" />
        <source>&amp;Mark done…</source>
        <translation>&amp;Marquer comme réalisée…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="377" />
        <source>Ver&amp;ify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="383" />
        <source>Fi&amp;ndings (each shortfall is one):</source>
        <translation>&amp;Constats (un par écart) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="385" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="389" />
        <source>Im&amp;provement plan (corrective actions):</source>
        <translation>&amp;Plan d'amélioration (actions correctives) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="391" />
        <source>Improvement plan</source>
        <translation>Plan d'amélioration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="394" />
        <source>Findings and actions</source>
        <translation>Constats et actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="573" />
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="573" />
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="574" />
        <source>MSME track</source>
        <translation>procédure simplifiée PME</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="586" />
        <source>Score: –</source>
        <translation>Score : –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="589" />
        <source>Score: %1% · %2</source>
        <translation>Score : %1% · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="610" />
        <source>Finalised on %1 by %2 – %3, score %4%. Locked: reopen it, with a reason, to change anything (revision %5).</source>
        <translation>Finalisé le %1 par %2 – %3, score %4%. Verrouillé : pour toute modification, rouvrez-le en indiquant un motif (révision %5).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="628" />
        <source>Findings and actions (%1)</source>
        <translation>Constats et actions (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="635" />
        <source>MUST</source>
        <translation>OBLIGATOIRE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="635" />
        <source>SHOULD</source>
        <translation>RECOMMANDÉ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="639" />
        <source>No guidance for this item.</source>
        <translation>Aucune indication pour ce point.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="644" />
        <source>Operator's self-assessment: %1</source>
        <translation>Auto-évaluation de l'opérateur : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="664" />
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="868" />
        <source>Saved %1 by %2</source>
        <translation>Enregistré le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="756" />
        <source>Every item is answered.</source>
        <translation>Tous les points sont renseignés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="916" />
        <source>Attach evidence to %1</source>
        <translation>Joindre des pièces justificatives à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="919" />
        <source>Evidence (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.csv *.docx *.xlsx *.odt *.ods *.msg *.eml);;All files (*)</source>
        <translation>Pièces justificatives (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.csv *.docx *.xlsx *.odt *.ods *.msg *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="981" />
        <source>Finalise %1</source>
        <translation>Finaliser %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="983" />
        <source>Finalise and lock this audit?

Score %1%, outcome: %2.
Afterwards a change needs a recorded revision.</source>
        <translation>Finaliser et verrouiller cet audit ?

Score %1%, résultat : %2.
Toute modification ultérieure nécessitera une révision enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1004" />
        <source>Audit finalised: %1. The case is now “%2”.</source>
        <translation>Audit finalisé : %1. Le dossier est désormais « %2 ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1017" />
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1018" />
        <source>Why must the finalised audit change? (kept with the revision)</source>
        <translation>Pourquoi l'audit finalisé doit-il être modifié ? (conservé avec la révision)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1041" />
        <source>Select the finding the action answers.</source>
        <translation>Sélectionnez le constat auquel répond l'action.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1056" />
        <source>Corrective action done</source>
        <translation>Action corrective réalisée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1057" />
        <source>What shows that it is done (document, photo, record)?</source>
        <translation>Qu'est-ce qui prouve qu'elle est réalisée (document, photo, registre) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1089" />
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d'audit</translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="35" />
        <source>Plan a site audit – %1</source>
        <translation>Planifier un audit sur site – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="46" />
        <source>First day of the audit</source>
        <translation>Premier jour de l'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="48" />
        <source>Last day of the audit</source>
        <translation>Dernier jour de l'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="50" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="55" />
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="65" />
        <source>One site per line</source>
        <translation>Un site par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="67" />
        <source>&amp;Sites:</source>
        <translation>&amp;Sites :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="77" />
        <source>&amp;Lead validator:</source>
        <translation>Validateur &amp;principal :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="83" />
        <source>Space ticks or unticks the highlighted person</source>
        <translation>Espace coche ou décoche la personne en surbrillance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="89" />
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="104" />
        <source>Suggested: %1.</source>
        <translation>Suggestion : %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="107" />
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="74" />
        <source>Show audits</source>
        <extracomment>What each list exports: the columns it shows, with dates and scores as their own columns.</extracomment>
        <translation>Audits affichés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="77" />
        <source>Upcoming and in progress – unit</source>
        <translation>À venir et en cours – unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="78" />
        <source>Upcoming and in progress – mine</source>
        <translation>À venir et en cours – les miens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="79" />
        <source>All audits</source>
        <translation>Tous les audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="82" />
        <source>Which audits the list shows</source>
        <translation>Audits affichés dans la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="84" />
        <source>&amp;Open checklist</source>
        <translation>&amp;Ouvrir la liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="86" />
        <source>Open the selected audit's checklist (Enter)</source>
        <translation>Ouvrir la liste de contrôle de l'audit sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="88" />
        <source>C&amp;ancel audit</source>
        <translation>&amp;Annuler l'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="91" />
        <source>Checklist te&amp;mplates…</source>
        <translation>&amp;Modèles de liste de contrôle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="94" />
        <source>&amp;Show case</source>
        <translation>A&amp;fficher le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="97" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="170" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="100" />
        <source>Save the audits as shown to an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Enregistrer les audits affichés dans un classeur Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="103" />
        <source>Plan an audit from a case (Caseload → Plan audit…).</source>
        <translation>Planifiez un audit à partir d'un dossier (Portefeuille → Planifier un audit…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="117" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="118" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="120" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="185" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="126" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="189" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="127" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="128" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="129" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="131" />
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="133" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="138" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="215" />
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="161" />
        <source>due within </source>
        <translation>échéance sous </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="162" />
        <source> days, and every overdue action</source>
        <translation> jours, et toutes les actions en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="163" />
        <source>Corrective actions due within (days)</source>
        <translation>Actions correctives à échéance sous (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="167" />
        <source>Whose corrective actions</source>
        <translation>Actions correctives de qui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="168" />
        <source>Whole unit</source>
        <translation>Toute l'unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="168" />
        <source>My audits</source>
        <translation>Mes audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="173" />
        <source>Save the corrective actions as shown to an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Enregistrer les actions correctives affichées dans un classeur Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="183" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="190" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="192" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="195" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="196" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="197" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="202" />
        <source>Corrective actions due and overdue</source>
        <translation>Actions correctives à échéance et en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="216" />
        <source>Follow-up of corrective actions</source>
        <translation>Suivi des actions correctives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="243" />
        <source>Export the list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="300" />
        <source>Choose who you are in “Acting as” (toolbar) to see your audits.</source>
        <translation>Indiquez qui vous êtes dans « En tant que » (barre d'outils) pour voir vos audits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="307" />
        <source>No audits here yet. Plan one from a case: Caseload → Plan audit…</source>
        <translation>Aucun audit pour l'instant. Planifiez-en un à partir d'un dossier : Portefeuille → Planifier un audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="330" />
        <source>Follow-up of corrective actions (%1 due, %2 overdue)</source>
        <translation>Suivi des actions correctives (%1 à échéance, %2 en retard)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="441" />
        <source>Choose who you are in “Acting as” (toolbar) first.</source>
        <translation>Indiquez d'abord qui vous êtes dans « En tant que » (barre d'outils).</translation>
    </message>
</context>
<context>
    <name>CaseDetailWidget</name>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="249" />
        <source>Select a case in the list to see its details, deadlines and timeline.</source>
        <extracomment>Buttons that only read the case: they stay enabled while the case is read-only here. Alt+letters the pane must leave alone: the main window's menus (&amp;File, &amp;Cases, &amp;View, &amp;Tools, &amp;Help; read from the window's menu bar, in the language shown, when the pane is in one) and the pane's fixed mnemonics (Next steps, Plan audit, Assign, Edit case, Edit operator, Force release, Copy, self-assessment Workbook and Import, eXtend: read from their translated texts). Up to this width a form label is kept on one line; longer ones wrap. Something was copied to the clipboard (what, in words: "EORI PT500123456"). The pane shows another case (or none), or the same one's steps were made again: what may be done with it changed (the main window's Cases menu follows it).</extracomment>
        <translation>Sélectionnez un dossier dans la liste pour afficher ses détails, ses échéances et son historique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="293" />
        <source>Force &amp;release…</source>
        <translation>Forcer la &amp;libération…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="296" />
        <source>Make the case editable here again without the laptop's changes</source>
        <translation>Rendre le dossier de nouveau modifiable ici, sans les modifications du portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="308" />
        <source>&amp;Next steps</source>
        <translation>Étapes &amp;suivantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="316" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="321" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="322" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="323" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="324" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="325" />
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="326" />
        <source>Acceptance due</source>
        <translation>Échéance d'acceptation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="327" />
        <source>Accepted</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="328" />
        <source>Decision due</source>
        <translation>Échéance de décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="329" />
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="330" />
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="331" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="340" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="345" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="346" />
        <source>Size class</source>
        <translation>Catégorie de taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="347" />
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="348" />
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="349" />
        <source>Supply-chain roles</source>
        <translation>Rôles dans la chaîne logistique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="350" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="351" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="363" />
        <source>Edit &amp;operator…</source>
        <translation>Modifier l'opé&amp;rateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="372" />
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="376" />
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="404" />
        <source>Cop&amp;y</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="405" />
        <source>Copy the operator's identifier</source>
        <translation>Copier l'identifiant de l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="407" />
        <source>Copy the identifier (the clipboard is cleared after 30 seconds)</source>
        <translation>Copier l'identifiant (le presse-papiers est vidé après 30 secondes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="426" />
        <source>the operator's identifiers</source>
        <translation>les identifiants de l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="441" />
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="445" />
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="488" />
        <source>Not assigned</source>
        <translation>Non attribué</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="499" />
        <source>(extended by %n day(s))</source>
        <translation><numerusform>(prolongé de %n jour)</numerusform><numerusform>(prolongé de %n jours)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="504" />
        <source>after acceptance</source>
        <translation>après acceptation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="507" />
        <source>effective %1</source>
        <translation>en vigueur le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="509" />
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="516" />
        <source>MSME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="517" />
        <source>staff</source>
        <translation>salariés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="554" />
        <source>overdue by %n day(s)</source>
        <translation><numerusform>en retard de %n jour</numerusform><numerusform>en retard de %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="555" />
        <source>(%n day(s) left)</source>
        <translation><numerusform>(%n jour restant)</numerusform><numerusform>(%n jours restants)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="588" />
        <source>Move the case to “%1”</source>
        <translation>Faire passer le dossier à « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="590" />
        <source>(a reason is required)</source>
        <translation>(un motif est requis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="577" />
        <source>E&amp;xtend decision period…</source>
        <translation>&amp;Prolonger le délai de décision…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="578" />
        <source>Plan &amp;audit…</source>
        <translation>Pla&amp;nifier un audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="603" />
        <source>Plan a site audit of this operator</source>
        <translation>Planifier un audit sur site de cet opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="579" />
        <source>Self-assessment &amp;workbook…</source>
        <translation>Classeur d'a&amp;uto-évaluation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="609" />
        <source>An Excel workbook the operator fills in offline and sends back</source>
        <translation>Un classeur Excel que l'opérateur remplit hors ligne et renvoie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="580" />
        <source>&amp;Import self-assessment…</source>
        <translation>&amp;Importer l'auto-évaluation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="581" />
        <source>A&amp;ssign…</source>
        <translation>A&amp;ttribuer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="582" />
        <source>&amp;Edit case…</source>
        <translation>&amp;Modifier le dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="637" />
        <source>This case is closed: no further state changes.</source>
        <translation>Ce dossier est clos : plus aucun changement d'état n'est possible.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="41" />
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="41" />
        <source>Edit case</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="52" />
        <source>Type a name or an EORI…</source>
        <translation>Saisissez un nom ou un EORI…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="61" />
        <source>&amp;New operator…</source>
        <translation>&amp;Nouvel opérateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="65" />
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="74" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="81" />
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="89" />
        <source>&amp;Received on:</source>
        <translation>&amp;Reçu le :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="97" />
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;iorité :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="102" />
        <source>Assign later</source>
        <translation>Attribuer plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="105" />
        <source>&amp;Validator:</source>
        <translation>&amp;Validateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="112" />
        <source>&amp;Summary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="136" />
        <source>Use Assign… to change the validator.</source>
        <translation>Utilisez Attribuer… pour changer de validateur.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="52" />
        <source>Quick search: case reference, operator name or identifier (Ctrl+F)</source>
        <translation>Recherche rapide : référence du dossier, nom ou identifiant de l'opérateur (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="55" />
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="57" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="58" />
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="59" />
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="63" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="64" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="65" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="66" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="70" />
        <source>MSMEs only</source>
        <translation>PME uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="73" />
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="74" />
        <source>Any deadline</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="75" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="76" />
        <source>Due within…</source>
        <translation>Échéance sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="81" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="82" />
        <source>Due within days</source>
        <translation>Échéance sous (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="86" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="88" />
        <source>Show every case again: no search, no filter</source>
        <translation>Réafficher tous les dossiers : ni recherche, ni filtre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="89" />
        <source>Only micro, small and medium-sized operators</source>
        <translation>Uniquement les micro, petites et moyennes entreprises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="170" />
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="171" />
        <source>My caseload</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="172" />
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="176" />
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="142" />
        <source>Reference</source>
        <extracomment>Field laptops: where a checked-out case is (not sortable, not exported). Text colours by meaning (theme.colour: read as the cells are drawn, so that they follow the look).</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="143" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="144" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="145" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="146" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="147" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="148" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="149" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="150" />
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="151" />
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="152" />
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="153" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="154" />
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="245" />
        <source>Read-only here until it is checked in.</source>
        <translation>En lecture seule ici jusqu'à sa réintégration.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="248" />
        <source>This copy is read-only.</source>
        <translation>Cette copie est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="249" />
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/case_table_model.py" line="252" />
        <source>%n change(s) not returned</source>
        <translation><numerusform>%n modification non retournée</numerusform><numerusform>%n modifications non retournées</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="254" />
        <source>Field copy</source>
        <translation>Copie de terrain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="299" />
        <source>(gone)</source>
        <translation>(supprimé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/case_table_model.py" line="334" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>En retard de %n jour</numerusform><numerusform>En retard de %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/case_table_model.py" line="335" />
        <source>%n day(s) left</source>
        <translation><numerusform>%n jour restant</numerusform><numerusform>%n jours restants</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="142" />
        <source>Cases</source>
        <extracomment>Above this many cases, searches run on the reader thread (see CaseloadPage._set_query). The empty caseload's "import the operators" link: Reports, Import, Operators.</extracomment>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="158" />
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="163" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="166" />
        <source>Save the cases as shown to an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Enregistrer les dossiers affichés dans un classeur Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="171" />
        <source>&amp;Copy reference and operator</source>
        <translation>&amp;Copier la référence et l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="178" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="369" />
        <source>%1 has no cases here.</source>
        <translation>%1 n'a aucun dossier ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="372" />
        <source>No cases yet: &lt;a href='new-case'&gt;create one&lt;/a&gt; (Ctrl+N), or import the operators first (&lt;a href='import-operators'&gt;Reports → Import&lt;/a&gt;).</source>
        <translation>Aucun dossier pour l'instant : &lt;a href='new-case'&gt;créez-en un&lt;/a&gt; (Ctrl+N) ou importez d'abord les opérateurs (&lt;a href='import-operators'&gt;Rapports → Importer&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="378" />
        <source>No case matches these filters. &lt;a href='clear-filters'&gt;Clear the filters&lt;/a&gt; (Esc) to see all %1 cases.</source>
        <translation>Aucun dossier ne correspond à ces filtres. &lt;a href='clear-filters'&gt;Effacez les filtres&lt;/a&gt; (Échap) pour voir les %1 dossiers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="446" />
        <source>%n change(s) not returned yet</source>
        <translation><numerusform>%n modification pas encore retournée</numerusform><numerusform>%n modifications pas encore retournées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="514" />
        <source>%n case(s)</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="524" />
        <source>Copied %1; the clipboard is cleared in %2 seconds.</source>
        <translation>%1 copié ; le presse-papiers sera vidé dans %2 secondes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="597" />
        <source>Select one or more cases to assign.</source>
        <translation>Sélectionnez un ou plusieurs dossiers à attribuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="618" />
        <source>Weighing everyone's caseload…</source>
        <translation>Évaluation de la charge de chacun…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="633" />
        <source>%n case(s) assigned.</source>
        <translation><numerusform>%n dossier attribué.</numerusform><numerusform>%n dossiers attribués.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="640" />
        <source>Assigning cases…</source>
        <translation>Attribution des dossiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="667" />
        <source>%1 released: it can be changed here again.</source>
        <translation>%1 libéré : il peut de nouveau être modifié ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="728" />
        <source>Operator saved.</source>
        <translation>Opérateur enregistré.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="55" />
        <source>Which cases go to the laptop</source>
        <extracomment>"Cases with audits in the next N days".</extracomment>
        <translation>Dossiers à extraire vers le portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="58" />
        <source>The cases are copied into an encrypted package file. Until they come back, they are read-only in this database.</source>
        <translation>Les dossiers sont copiés dans un fichier paquet chiffré. Jusqu'à leur retour, ils sont en lecture seule dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="65" />
        <source>Validator who takes the cases</source>
        <translation>Validateur qui emporte les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="68" />
        <source>The validator's open &amp;caseload</source>
        <translation>Les dossiers &amp;ouverts du validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="71" />
        <source>The validator's cases with an &amp;audit in the next %1 days</source>
        <translation>Les dossiers du validateur avec un &amp;audit dans les %1 prochains jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="78" />
        <source>The %n case(s) &amp;selected in the case list</source>
        <translation><numerusform>%n dossier &amp;sélectionné dans la liste des dossiers</numerusform><numerusform>%n dossiers &amp;sélectionnés dans la liste des dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="80" />
        <source>The cases &amp;selected in the case list (none is selected now)</source>
        <translation>Les dossiers &amp;sélectionnés dans la liste (aucun n'est sélectionné actuellement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="92" />
        <source>Laptop name or asset tag</source>
        <translation>Nom ou numéro d'inventaire du portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="103" />
        <source>Cases to check out</source>
        <translation>Dossiers à extraire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="106" />
        <source>&amp;Validator:</source>
        <translation>&amp;Validateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="109" />
        <source>&amp;Laptop:</source>
        <translation>&amp;Portable :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="216" />
        <source>No case matches: choose another validator or option.</source>
        <translation>Aucun dossier ne correspond : choisissez un autre validateur ou une autre option.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="222" />
        <source>%n of these cases are already out on a laptop: </source>
        <translation><numerusform>%n de ces dossiers est déjà sur un portable : </numerusform><numerusform>%n de ces dossiers sont déjà sur un portable : </numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="226" />
        <source>Check them in, or release them, first.</source>
        <translation>Réintégrez-les ou libérez-les d'abord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="230" />
        <source>%n case(s) will be checked out:</source>
        <translation><numerusform>%n dossier sera extrait :</numerusform><numerusform>%n dossiers seront extraits :</numerusform></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="193" />
        <source>Hello %1. Your password was set by an administrator: choose your own before you go on. Only you will know it.</source>
        <translation>Bonjour %1. Votre mot de passe a été défini par un administrateur : choisissez le vôtre avant de continuer. Vous seul le connaîtrez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="201" />
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="203" />
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="209" />
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="210" />
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="212" />
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="213" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="227" />
        <source>&amp;Change password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="230" />
        <source>&amp;Quit AEO Desk</source>
        <translation>&amp;Quitter AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="231" />
        <source>The password must be changed before AEO Desk opens</source>
        <translation>Le mot de passe doit être modifié avant l'ouverture d'AEO Desk</translation>
    </message>
</context>
<context>
    <name>CheckinWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="643" />
        <source>Check in a return package</source>
        <translation>Réintégrer un paquet de retour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="649" />
        <source>Which package</source>
        <translation>Quel paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="650" />
        <source>The return package a validator brought back from the field.</source>
        <translation>Le paquet de retour rapporté du terrain par un validateur.</translation>
    </message>
</context>
<context>
    <name>CheckoutWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="327" />
        <source>Check out cases to a laptop</source>
        <translation>Extraire des dossiers vers un portable</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="123" />
        <source>Conflicts to decide</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="126" />
        <source>These were changed at the office and on the laptop. Nothing is overwritten until you decide each one.</source>
        <translation>Ces éléments ont été modifiés au bureau et sur le portable. Rien n'est écrasé tant que vous n'avez pas tranché chacun d'eux.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="131" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="134" />
        <source>Case conflicts</source>
        <translation>Conflits de dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="136" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="174" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="136" />
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="136" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="174" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="146" />
        <source>&amp;Merge the laptop's changes</source>
        <translation>&amp;Fusionner les modifications du portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="149" />
        <source>&amp;Discard the laptop's changes to this case</source>
        <translation>É&amp;carter les modifications du portable pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="167" />
        <source>Changed on both sides</source>
        <translation>Modifiés des deux côtés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="170" />
        <source>Row conflicts</source>
        <translation>Conflits de lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="174" />
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="184" />
        <source>Fields, office and laptop side by side</source>
        <translation>Champs, bureau et portable côte à côte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="186" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="186" />
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="186" />
        <source>Laptop</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="197" />
        <source>Keep the &amp;office's version</source>
        <translation>Conserver la version du &amp;bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="199" />
        <source>Take the &amp;laptop's version</source>
        <translation>Reprendre la version du &amp;portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="206" />
        <source>Keep office for &amp;all</source>
        <translation>Bureau pour &amp;tous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="209" />
        <source>&amp;Take laptop for all</source>
        <translation>Portable pour t&amp;ous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="274" />
        <source>Cases (%1)</source>
        <translation>Dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="276" />
        <source>Changed on both sides (%1)</source>
        <translation>Modifiés des deux côtés (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="358" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="359" />
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="360" />
        <source>Keep office</source>
        <translation>Garder bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="361" />
        <source>Take laptop</source>
        <translation>Prendre portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="368" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="379" />
        <source>To decide</source>
        <translation>À trancher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="375" />
        <source>(case discarded)</source>
        <translation>(dossier écarté)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="386" />
        <source>All %1 conflict(s) decided.</source>
        <translation>Tous les conflits (%1) sont tranchés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="388" />
        <source>%1 of %2 conflict(s) still to decide.</source>
        <translation>Conflits restant à trancher : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="412" />
        <source>Not possible: the case is out on another laptop now.</source>
        <translation>Impossible : le dossier se trouve actuellement sur un autre portable.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="450" />
        <source>%1 of case %2: %3</source>
        <translation>%1 du dossier %2 : %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="456" />
        <source>Differs in: %1</source>
        <translation>Diffère par : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="465" />
        <source>(deleted at the office)</source>
        <translation>(supprimé au bureau)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="466" />
        <source>(deleted on the laptop)</source>
        <translation>(supprimé sur le portable)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="480" />
        <source>%1: differs</source>
        <translation>%1 : diffère</translation>
    </message>
</context>
<context>
    <name>ContactAssignDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="41" />
        <source>Assign a contact officer</source>
        <extracomment>How many operator names the dialog lists before "and N more".</extracomment>
        <translation>Désigner un agent de contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="51" />
        <source> and %1 more</source>
        <translation> et %1 autre(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="55" />
        <source>Operators:</source>
        <translation>Opérateurs :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="64" />
        <source>– choose an officer –</source>
        <translation>– choisir un agent –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="67" />
        <source>%1 – carries %2 of %3</source>
        <translation>%1 – suit %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="73" />
        <source>&amp;Officer:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="78" />
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="79" />
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="81" />
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="89" />
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="94" />
        <source>Optional, e.g. why this officer</source>
        <translation>Facultatif, p. ex. pourquoi cet agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="95" />
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="116" />
        <source>%1 would carry %2 operators, more than the maximum of %3.</source>
        <translation>%1 suivrait %2 opérateurs, soit plus que le maximum de %3.</translation>
    </message>
</context>
<context>
    <name>ContactEndDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="24" />
        <source>End a contact assignment</source>
        <translation>Mettre fin à une affectation de contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="29" />
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="29" />
        <source>backup</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="31" />
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 contact of &lt;b&gt;%3&lt;/b&gt;, since %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, contact %2 de &lt;b&gt;%3&lt;/b&gt;, depuis le %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="45" />
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="48" />
        <source>The assignment stays in the operator's history. To move all of an officer's operators at once, use a handover.</source>
        <translation>L'affectation reste dans l'historique de l'opérateur. Pour transférer en une fois tous les opérateurs d'un agent, utilisez une passation.</translation>
    </message>
</context>
<context>
    <name>ContactHistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="52" />
        <source>Contact history – %1</source>
        <extracomment>Each assignment status's colour, by meaning (theme.colour: read as the rows are drawn). Something was written (an assignment made or ended, a contact logged).</extracomment>
        <translation>Historique des contacts – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="60" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="61" />
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="62" />
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="67" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="68" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="68" />
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="70" />
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="92" />
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="71" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="72" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="74" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="78" />
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="83" />
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="90" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="91" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="93" />
        <source>Topic</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="95" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="105" />
        <source>Contacts logged</source>
        <translation>Contacts consignés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="111" />
        <source>No contact officer yet. Use “Assign contact…” to give this operator one.</source>
        <translation>Aucun agent de contact pour l'instant. Utilisez « Désigner un contact… » pour en attribuer un à cet opérateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="115" />
        <source>No contacts logged with this operator yet. Use “Log a contact…”.</source>
        <translation>Aucun contact consigné avec cet opérateur pour l'instant. Utilisez « Consigner un contact… ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="117" />
        <source>&amp;Assign contact…</source>
        <translation>&amp;Désigner un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="120" />
        <source>&amp;End assignment…</source>
        <translation>&amp;Mettre fin à l'affectation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="123" />
        <source>&amp;Log a contact…</source>
        <translation>&amp;Consigner un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="142" />
        <source>&lt;b&gt;Assignments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Affectations&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="145" />
        <source>&lt;b&gt;Contacts logged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts consignés&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="166" />
        <source>Handover from %1</source>
        <translation>Passation de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="194" />
        <source>Primary contact: %1 · Backup: %2</source>
        <translation>Contact principal : %1 · Suppléant : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="189" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="39" />
        <source>Log a contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="51" />
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="62" />
        <source>O&amp;perator:</source>
        <translation>O&amp;pérateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="55" />
        <source>Type a name or an EORI…</source>
        <translation>Saisissez un nom ou un EORI…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="56" />
        <source>Find the operator</source>
        <translation>Rechercher l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="57" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="72" />
        <source>O&amp;fficer:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="76" />
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="82" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="83" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="84" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="85" />
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="86" />
        <source>Outreach event</source>
        <translation>Action de sensibilisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="90" />
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="95" />
        <source>What it was about</source>
        <translation>Objet de l'échange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="96" />
        <source>&amp;Topic:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="103" />
        <source>Advice given, questions answered (optional)</source>
        <translation>Conseils donnés, réponses apportées (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="104" />
        <source>&amp;Advice:</source>
        <translation>C&amp;onseils :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="107" />
        <source>Fo&amp;llow up on</source>
        <translation>&amp;Suivi le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="110" />
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="117" />
        <source>Follow-up:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="119" />
        <source>A follow-up appears in the list of follow-ups due.</source>
        <translation>Un suivi apparaît dans la liste des suivis à échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="154" />
        <source>choose an operator.</source>
        <translation>choisissez un opérateur.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="196" />
        <source>Coverage</source>
        <extracomment>The coverage list shows at most this many operators (the count says how many in all). False only when the unit has no operator at all (the empty coverage says so). A handover went through (its id), after the page has refreshed. Something was written (assignments, log, rules): other pages may want to refresh. The page shows fresh data (after :meth:`refresh` or a filter change).</extracomment>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="197" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="874" />
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="198" />
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="199" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1010" />
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="200" />
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="201" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="204" />
        <source>Export the coverage list or the contact log as shown</source>
        <translation>Exporter la liste de couverture ou le journal des contacts tels qu'affichés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="219" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="261" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="222" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="260" />
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="225" />
        <source>Size class</source>
        <translation>Catégorie de taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="226" />
        <source>All sizes</source>
        <translation>Toutes tailles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="228" />
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="229" />
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="230" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="231" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="237" />
        <source>Contact history…</source>
        <translation>Historique des contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="240" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1037" />
        <source>Assign contact…</source>
        <translation>Désigner un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="245" />
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="258" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="326" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="440" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="259" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="325" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="439" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="512" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="565" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="262" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="443" />
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="263" />
        <source>Previous primary</source>
        <translation>Ancien principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="264" />
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="289" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="334" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="513" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="566" />
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="290" />
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="292" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="297" />
        <source>MSMEs</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="298" />
        <source>Backups</source>
        <translation>Suppléances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="300" />
        <source>Load / max</source>
        <translation>Charge / max</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="305" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="561" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="314" />
        <source>Hand over…</source>
        <translation>Passation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="327" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="329" />
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="345" />
        <source>Double-click an operator for its contact history. To rotate, end the assignment there and assign another officer, or hand over under Handover.</source>
        <translation>Double-cliquez sur un opérateur pour afficher son historique des contacts. Pour une rotation, mettez fin à l'affectation à cet endroit et désignez un autre agent, ou effectuez une passation sous Passation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="377" />
        <source>&amp;Outgoing officer:</source>
        <translation>Agent &amp;sortant :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="381" />
        <source>&amp;Successors:</source>
        <translation>Su&amp;ccesseurs :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="388" />
        <source>&amp;Effective date:</source>
        <translation>Date d'&amp;effet :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="391" />
        <source>e.g. rotation to the Lyon office</source>
        <translation>p. ex. mutation au bureau de Lyon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="393" />
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="400" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="402" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="413" />
        <source>O&amp;perators:</source>
        <translation>O&amp;pérateurs :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="416" />
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="419" />
        <source>&amp;Confirm handover</source>
        <translation>C&amp;onfirmer la passation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="442" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="443" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="445" />
        <source>New officer</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="467" />
        <source>Handovers</source>
        <translation>Passations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="471" />
        <source>Effective</source>
        <translation>Date d'effet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="472" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="473" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="474" />
        <source>Moved</source>
        <translation>Transférés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="475" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="476" />
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="501" />
        <source>Log a contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="511" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="514" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="515" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="570" />
        <source>Topic</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="517" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="521" />
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="543" />
        <source>due within </source>
        <translation>échéance sous </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="544" />
        <source> days, and every overdue one</source>
        <translation> jours, et tous ceux en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="546" />
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="556" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="562" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="562" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="568" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="598" />
        <source>Integrity rules</source>
        <translation>Règles d'intégrité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="605" />
        <source> operators</source>
        <translation> opérateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="606" />
        <source>&amp;Maximum per officer:</source>
        <translation>&amp;Maximum par agent :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="607" />
        <source>Officers above it are highlighted under Officers.</source>
        <translation>Les agents qui le dépassent sont mis en évidence sous Agents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="611" />
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="612" />
        <source>&amp;Warn after:</source>
        <translation>A&amp;vertir après :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="616" />
        <source>…with the same officer as an operator's primary contact (rotation).</source>
        <translation>…avec le même agent comme contact principal d'un opérateur (rotation).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="621" />
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="622" />
        <source>Refuse the assignment</source>
        <translation>Refuser l'affectation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="623" />
        <source>Do not check</source>
        <translation>Ne pas vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="624" />
        <source>&amp;Validator is the contact:</source>
        <translation>Le validateur est le &amp;contact :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="629" />
        <source>When a case is assigned to a validator who is also the operator's contact officer (primary or backup).</source>
        <translation>Lorsqu'un dossier est attribué à un validateur qui est aussi l'agent de contact de l'opérateur (principal ou suppléant).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="638" />
        <source>&amp;Save rules</source>
        <translation>&amp;Enregistrer les règles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="687" />
        <source>Left on %1 – hand over</source>
        <translation>Parti le %1 – passation requise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="688" />
        <source>Not a contact officer in post – hand over</source>
        <translation>Plus agent de contact en poste – passation requise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="690" />
        <source>Over the maximum by %1</source>
        <translation>Dépasse le maximum de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="697" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="698" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="699" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="700" />
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="701" />
        <source>Outreach event</source>
        <translation>Action de sensibilisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="792" />
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="793" />
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="811" />
        <source>&lt;b&gt;%1&lt;/b&gt; operators have no primary contact officer, &lt;b&gt;%2&lt;/b&gt; of them MSMEs.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; opérateurs n'ont pas d'agent de contact principal, dont &lt;b&gt;%2&lt;/b&gt; PME.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="815" />
        <source>These filters show %1 (%2 MSMEs).</source>
        <translation>Ces filtres en affichent %1 (dont %2 PME).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="819" />
        <source>The first %1 are listed; narrow the filters.</source>
        <translation>Seuls les %1 premiers sont listés ; affinez les filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="826" />
        <source>No operators yet. Import the operator register (Reports → Import → Operators) or add operators (Ctrl+Shift+N); those without a contact officer are listed here, MSMEs first.</source>
        <translation>Aucun opérateur pour l'instant. Importez le registre des opérateurs (Rapports → Importer → Opérateurs) ou ajoutez des opérateurs (Ctrl+Shift+N) ; ceux sans agent de contact sont listés ici, les PME en premier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="832" />
        <source>Every operator matching these filters has a primary contact officer.</source>
        <translation>Tous les opérateurs correspondant à ces filtres ont un agent de contact principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="835" />
        <source>Every operator has a primary contact officer.</source>
        <translation>Tous les opérateurs ont un agent de contact principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="840" />
        <source>Coverage (%1 without a contact)</source>
        <translation>Couverture (%1 sans contact)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="855" />
        <source>No contact officers in post. Give staff the role “contact officer” to make them operators' contact points.</source>
        <translation>Aucun agent de contact en poste. Attribuez au personnel le rôle « agent de contact » pour en faire les points de contact des opérateurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="862" />
        <source>Long tenure: the same primary contact beyond the %1-year limit (%2)</source>
        <translation>Affectation prolongée : même contact principal au-delà de la limite de %1 ans (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="868" />
        <source>No operator has had the same primary contact beyond the %1-year limit.</source>
        <translation>Aucun opérateur n'a eu le même contact principal au-delà de la limite de %1 ans.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="883" />
        <source>Maximum per officer: &lt;b&gt;%1&lt;/b&gt; operators as primary contact.</source>
        <translation>Maximum par agent : &lt;b&gt;%1&lt;/b&gt; opérateurs en tant que contact principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="888" />
        <source>&lt;span style='color:%2'&gt;&lt;b&gt;Over the maximum: %1.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='color:%2'&gt;&lt;b&gt;Au-delà du maximum : %1.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="892" />
        <source>&lt;span style='color:%2'&gt;&lt;b&gt;No longer contact officers in post but still carrying operators: %1 (hand them over).&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='color:%2'&gt;&lt;b&gt;Plus en poste comme agents de contact mais suivant encore des opérateurs : %1 (effectuez une passation).&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="902" />
        <source>– choose –</source>
        <translation>– choisir –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="905" />
        <source>%1 – carries %2</source>
        <translation>%1 – suit %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="907" />
        <source>not in post</source>
        <translation>pas en poste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="925" />
        <source>%1 – %2 of %3</source>
        <translation>%1 – %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="952" />
        <source>(backup)</source>
        <translation>(suppléant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="963" />
        <source>Handovers (%1)</source>
        <translation>Passations (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="966" />
        <source>No handovers yet. When an officer rotates out, hand their operators over here.</source>
        <translation>Aucune passation pour l'instant. Lorsqu'un agent quitte son poste, transférez ici ses opérateurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="976" />
        <source>Most recent contacts with operators, newest first: %1.</source>
        <translation>Contacts les plus récents avec les opérateurs, du plus récent au plus ancien : %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="984" />
        <source>No contacts logged yet. Use “Log a contact…” after each visit, call, e-mail, seminar or outreach event.</source>
        <translation>Aucun contact consigné pour l'instant. Utilisez « Consigner un contact… » après chaque visite, appel, courriel, séminaire ou action de sensibilisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1002" />
        <source>Follow-ups due (%1 due, %2 overdue)</source>
        <translation>Suivis à échéance (%1 à échéance, %2 en retard)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1006" />
        <source>No follow-ups due in this window, and none overdue.</source>
        <translation>Aucun suivi à échéance sur cette période, et aucun en retard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1035" />
        <source>Assign contact… (%1 selected)</source>
        <translation>Désigner un contact… (%1 sélectionné(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1044" />
        <source>Select one or more operators in the list.</source>
        <translation>Sélectionnez un ou plusieurs opérateurs dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1112" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1250" />
        <source>This officer carries no operators to hand over.</source>
        <translation>Cet agent ne suit aucun opérateur à transférer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1174" />
        <source>Choose the outgoing officer.</source>
        <translation>Choisissez l'agent sortant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1176" />
        <source>Nothing to hand over.</source>
        <translation>Rien à transférer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1178" />
        <source>%1 of %2 checked</source>
        <translation>%1 sur %2 cochés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1197" />
        <source>Choose the outgoing officer and one or more successors, then press Preview to see what moves.</source>
        <translation>Choisissez l'agent sortant et un ou plusieurs successeurs, puis cliquez sur Aperçu pour voir ce qui est transféré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1201" />
        <source>Press Preview to see which operators move to whom.</source>
        <translation>Cliquez sur Aperçu pour voir quels opérateurs sont transférés et à qui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1210" />
        <source>Outgoing officer: choose who hands over.</source>
        <translation>Agent sortant : choisissez qui effectue la passation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1233" />
        <source>Operators: check at least one operator to hand over.</source>
        <translation>Opérateurs : cochez au moins un opérateur à transférer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1267" />
        <source>&lt;b&gt;Handover recorded.&lt;/b&gt; Assignments moved: %6 (%4 MSMEs), from %1 to %2, effective %3.</source>
        <translation>&lt;b&gt;Passation enregistrée.&lt;/b&gt; Affectations transférées : %6 (dont %4 PME), de %1 à %2, avec effet au %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1272" />
        <source>&lt;b&gt;Assignments to move: %6&lt;/b&gt; (%4 MSMEs), from %1 to %2 on %3. %1's last day as their contact: %5.</source>
        <translation>&lt;b&gt;Affectations à transférer : %6&lt;/b&gt; (dont %4 PME), de %1 à %2 le %3. Dernier jour de %1 comme agent de contact : %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1296" />
        <source>Over the maximum of %1 after the handover: %2.</source>
        <translation>Au-delà du maximum de %1 après la passation : %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1348" />
        <source>Handing over…</source>
        <translation>Passation en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1441" />
        <source>Saved. Loads and tenure warnings use the new rules.</source>
        <translation>Enregistré. Les charges et les avertissements de durée d'affectation appliquent les nouvelles règles.</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="56" />
        <source>Which cases go back</source>
        <translation>Dossiers à retourner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="59" />
        <source>Every change made here to the ticked cases goes into the return package. They become read-only on this laptop once it is written.</source>
        <translation>Toutes les modifications apportées ici aux dossiers cochés vont dans le paquet de retour. Une fois celui-ci créé, ils passent en lecture seule sur ce portable.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="65" />
        <source>Field copies to return</source>
        <translation>Copies de terrain à retourner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="79" />
        <source>Also list cases already &amp;returned (to write a lost package again)</source>
        <translation>Lister aussi les dossiers déjà &amp;retournés (pour recréer un paquet perdu)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="83" />
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="86" />
        <source>Tick n&amp;one</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="150" />
        <source>There are no field copies on this laptop: open a package first.</source>
        <translation>Aucune copie de terrain sur ce portable : ouvrez d'abord un paquet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="154" />
        <source>Every case here was returned already. Tick the box to write one again.</source>
        <translation>Tous les dossiers ici ont déjà été retournés. Cochez la case pour en recréer un.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="157" />
        <source>%n case(s) ticked.</source>
        <translation><numerusform>%n dossier coché.</numerusform><numerusform>%n dossiers cochés.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="94" />
        <source>Manager's dashboard</source>
        <translation>Tableau de bord du responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="100" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="122" />
        <source>Open cases per validator, by state</source>
        <translation>Dossiers ouverts par validateur et par état</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="129" />
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="150" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="130" />
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="131" />
        <source>Load / capacity</source>
        <translation>Charge / capacité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="132" />
        <source>Utilisation</source>
        <translation>Taux de charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="142" />
        <source>Load against capacity (weighted)</source>
        <translation>Charge par rapport à la capacité (pondérée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="146" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="147" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="148" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="149" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="165" />
        <source>Overdue cases</source>
        <translation>Dossiers en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="168" />
        <source>Deadlines in the next 14 days</source>
        <translation>Échéances des 14 prochains jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="270" />
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="291" />
        <source>No open cases. The chart fills as cases come in: create one on the Caseload page (Ctrl+N) or import operators (Reports → Import).</source>
        <translation>Aucun dossier ouvert. Le graphique se remplit à mesure que les dossiers arrivent : créez-en un dans la page Portefeuille (Ctrl+N) ou importez des opérateurs (Rapports → Importer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="301" />
        <source>No validators in post. Import the unit's staff (Reports → Import → Staff) with the validator role and a capacity.</source>
        <translation>Aucun validateur en poste. Importez le personnel de l'unité (Rapports → Importer → Personnel) avec le rôle de validateur et une capacité.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="308" />
        <source>Nothing is overdue.</source>
        <translation>Aucun retard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="315" />
        <source>No deadline in the next %1 days.</source>
        <translation>Aucune échéance dans les %1 prochains jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="321" />
        <source>Overdue cases (first %1 of %2)</source>
        <translation>Dossiers en retard (%1 premiers sur %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="325" />
        <source>Overdue cases (%1)</source>
        <translation>Dossiers en retard (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="330" />
        <source>Deadlines in the next %1 days (first %2 of %3)</source>
        <translation>Échéances des %1 prochains jours (%2 premières sur %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="336" />
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Échéances des %1 prochains jours (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="408" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>En retard de %n jour</numerusform><numerusform>En retard de %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="411" />
        <source>%n day(s) left</source>
        <translation><numerusform>%n jour restant</numerusform><numerusform>%n jours restants</numerusform></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="23" />
        <source>Extend decision period – %1</source>
        <translation>Prolonger le délai de décision – %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="28" />
        <source>The programme allows %n more day(s) of extension.</source>
        <translation><numerusform>Le programme autorise encore %n jour de prolongation.</numerusform><numerusform>Le programme autorise encore %n jours de prolongation.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="34" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="35" />
        <source>&amp;Extend by:</source>
        <translation>&amp;Prolonger de :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="40" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>FieldStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="31" />
        <source>Where are my cases</source>
        <translation>Où sont mes dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="36" />
        <source>Out on field laptops (read-only here):</source>
        <translation>Sur les portables de terrain (lecture seule ici) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="40" />
        <source>Cases out on field laptops</source>
        <translation>Dossiers sur les portables de terrain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="42" />
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="43" />
        <source>Laptop</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="44" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="45" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="46" />
        <source>Checked out by</source>
        <translation>Extrait par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="63" />
        <source>Field copies on this laptop:</source>
        <translation>Copies de terrain sur ce portable :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="67" />
        <source>Field copies on this laptop</source>
        <translation>Copies de terrain sur ce portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="85" />
        <source>No case is out on a field laptop, and this database holds no field copies.</source>
        <translation>Aucun dossier ne se trouve sur un portable de terrain et cette base de données ne contient aucune copie de terrain.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="183" />
        <source>Nobody signs in to this database yet. Create its administrator: the person who adds the unit's users, resets their passwords and can encrypt the file. From now on, everyone signs in with their own user name and password.</source>
        <translation>Personne ne se connecte encore à cette base de données. Créez son administrateur : la personne qui ajoute les utilisateurs de l'unité, réinitialise leurs mots de passe et peut chiffrer le fichier. Désormais, chacun se connecte avec son propre nom d'utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="194" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="197" />
        <source>Staff member (optional)</source>
        <translation>Agent (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="198" />
        <source>(not linked to a staff member)</source>
        <translation>(non lié à un agent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="201" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="202" />
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="204" />
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="205" />
        <source>&amp;Staff member:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="206" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="207" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="222" />
        <source>&amp;Create and sign in</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="223" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="14" />
        <source>Welcome to AEO Desk</source>
        <translation>Bienvenue dans AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="19" />
        <source>&lt;h3&gt;Welcome to AEO Desk&lt;/h3&gt;&lt;p&gt;There is no database yet at&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Open the demo&lt;/b&gt; to explore the app with about 300 operators, 25 staff and 600 cases in every state (made-up data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start empty&lt;/b&gt; to begin entering your unit's own operators and cases.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans AEO Desk&lt;/h3&gt;&lt;p&gt;Il n'existe pas encore de base de données à l'emplacement&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ouvrez la démo&lt;/b&gt; pour découvrir l'application avec environ 300 opérateurs, 25 agents et 600 dossiers dans tous les états (données fictives).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Commencez à vide&lt;/b&gt; pour saisir les opérateurs et les dossiers de votre propre unité.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="31" />
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="34" />
        <source>Start &amp;empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
</context>
<context>
    <name>ForceReleaseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="32" />
        <source>Force release of %1</source>
        <translation>Libération forcée de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="41" />
        <source>Releasing makes the case editable here again now, without waiting for the laptop. Whatever the validator changes on the laptop afterwards is not lost: when the return package is checked in, those changes come back as conflicts, shown side by side for someone to decide. Nothing is overwritten silently.</source>
        <translation>La libération rend le dossier de nouveau modifiable ici, dès maintenant, sans attendre le portable. Les modifications que le validateur apportera ensuite sur le portable ne sont pas perdues : lors de la réintégration du paquet de retour, elles reviennent sous forme de conflits, présentés côte à côte pour qu'une personne tranche. Rien n'est écrasé sans avertissement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="51" />
        <source>&amp;Reason (required, recorded with the case):</source>
        <translation>&amp;Motif (obligatoire, enregistré avec le dossier) :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="54" />
        <source>Reason for the forced release</source>
        <translation>Motif de la libération forcée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="57" />
        <source>For example: laptop lost; the operator's answer is urgent</source>
        <translation>Par exemple : portable perdu ; la réponse de l'opérateur est urgente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="66" />
        <source>&amp;Force release</source>
        <translation>&amp;Forcer la libération</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="89" />
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="86" />
        <source>AEO Desk guide</source>
        <extracomment>The pages each page points to at its end. The list's icon for each page (a screen's page has the navigation's icon).</extracomment>
        <translation>Guide d'AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="95" />
        <source>Pages of the guide</source>
        <translation>Pages du guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="106" />
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="162" />
        <source>See also:</source>
        <translation>Voir aussi :</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="76" />
        <source>Nothing is imported until the file has no problem left; then every row is imported at once, and importing the same file again changes nothing.</source>
        <translation>Rien n'est importé tant que le fichier comporte un problème ; ensuite, toutes les lignes sont importées en une seule fois, et importer de nouveau le même fichier ne change rien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="85" />
        <source>Choose an .xlsx or .csv file</source>
        <translation>Choisissez un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="86" />
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="87" />
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="90" />
        <source>&amp;Download template…</source>
        <translation>&amp;Télécharger le modèle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="98" />
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="105" />
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="113" />
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="106" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="107" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="114" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="115" />
        <source>Matched by</source>
        <translation>Rapproché par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="116" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="117" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="122" />
        <source>Problems found in the file</source>
        <translation>Problèmes détectés dans le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="124" />
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="126" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="127" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="131" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="194" />
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="218" />
        <source>%1 to add, %2 to update, %3 unchanged.</source>
        <translation>%1 à ajouter, %2 à mettre à jour, %3 inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="225" />
        <source>%1 problem(s): correct the file and choose it again. Nothing is imported while a problem is left.</source>
        <translation>%1 problème(s) : corrigez le fichier et choisissez-le de nouveau. Rien n'est importé tant qu'il reste un problème.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="229" />
        <source>Nothing to change: the database already holds this file.</source>
        <translation>Aucune modification : la base de données contient déjà ce fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="231" />
        <source>No problems: the file can be imported.</source>
        <translation>Aucun problème : le fichier peut être importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="232" />
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="250" />
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="251" />
        <source>Rows (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="260" />
        <source>The file could not be checked.</source>
        <translation>Le fichier n'a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="272" />
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="279" />
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="287" />
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Importé : %1 ajouté(s), %2 mis à jour, %3 inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="303" />
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv);;Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="312" />
        <source>Save the import template</source>
        <translation>Enregistrer le modèle d'importation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="325" />
        <source>Template saved to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="25" />
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="115" />
        <source>AEO Desk is locked. Enter your password to go on.</source>
        <extracomment>What counts as someone using the application.</extracomment>
        <translation>AEO Desk est verrouillé. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="121" />
        <location filename="../../desktop/ui/lock.py" line="122" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="123" />
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="142" />
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="79" />
        <source>Sign in – AEO Desk</source>
        <extracomment>``done()`` code when the file itself cannot be opened (damaged, not ours): the start-up offers the newest good backup.</extracomment>
        <translation>Connexion – AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="93" />
        <source>User name</source>
        <extracomment>The password typed, kept only when it must be changed now (it is the "current" password of the change that follows).</extracomment>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="94" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="96" />
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="97" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="117" />
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="122" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="147" />
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d'utilisateur.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>Navigation</source>
        <extracomment>The field-laptop state (what is out, what is held here) is read this long after start-up: it loads the package machinery (cryptography), which the first screen does not need. Pages that site mode keeps (the operator's cases and audits); the others are hidden. The guide's page for each page of the window, in page order (F1); the pages' icons have the same names. The file was converted (encrypted or not): the window to open on it, and what to say.</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>Caseload</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <location filename="../../desktop/ui/main_window.py" line="1008" />
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>Contact points</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>Converting the database…</source>
        <translation>Conversion de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249" />
        <source>New &amp;operator…</source>
        <translation>Nouvel &amp;opérateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252" />
        <source>&amp;Edit case…</source>
        <translation>&amp;Modifier le dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255" />
        <source>&amp;Assign selected…</source>
        <translation>&amp;Attribuer la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>&amp;Plan audit…</source>
        <translation>P&amp;lanifier un audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268" />
        <source>&amp;Export list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272" />
        <source>&amp;My caseload</source>
        <translation>Mon &amp;portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>&amp;Verify database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Backup &amp;folder…</source>
        <translation>&amp;Dossier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>&amp;About AEO Desk</source>
        <translation>À pr&amp;opos d'AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288" />
        <source>&amp;Guide for this screen</source>
        <translation>&amp;Guide de cet écran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291" />
        <source>&amp;Field laptops</source>
        <translation>&amp;Portables de terrain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294" />
        <source>&amp;Signing in, locking and site mode</source>
        <translation>&amp;Connexion, verrouillage et mode sur site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299" />
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302" />
        <source>&amp;What's new</source>
        <translation>&amp;Nouveautés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310" />
        <source>Check &amp;out cases…</source>
        <translation>E&amp;xtraire des dossiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313" />
        <source>Check &amp;in package…</source>
        <translation>&amp;Réintégrer un paquet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316" />
        <source>O&amp;pen package…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319" />
        <location filename="../../desktop/ui/main_window.py" line="749" />
        <source>&amp;Return cases…</source>
        <translation>Re&amp;tourner des dossiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322" />
        <source>&amp;Where are my cases</source>
        <translation>Où &amp;sont mes dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327" />
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331" />
        <source>&amp;Site mode: only this operator</source>
        <translation>&amp;Mode sur site : cet opérateur uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337" />
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <source>&amp;Encryption…</source>
        <translation>&amp;Chiffrement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="343" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358" />
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371" />
        <source>Follow the s&amp;ystem</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="380" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="399" />
        <source>Acting as: </source>
        <translation>En tant que : </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="402" />
        <source>Acting as</source>
        <translation>En tant que</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410" />
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="418" />
        <source>Change password, lock, sign out</source>
        <translation>Changer le mot de passe, verrouiller, se déconnecter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="440" />
        <source>F&amp;ield laptop</source>
        <translation>Portable de &amp;terrain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="443" />
        <source>At the office</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="446" />
        <source>On the laptop</source>
        <translation>Sur le portable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="458" />
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="471" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="479" />
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="484" />
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="489" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="500" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="517" />
        <source>(not a staff member)</source>
        <translation>(pas un agent)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="620" />
        <source>Site mode: %n case(s) of %1</source>
        <translation><numerusform>Mode sur site : %n dossier de %1</numerusform><numerusform>Mode sur site : %n dossiers de %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="625" />
        <source>%1 of %2 cases shown  ·  %3 overdue  ·  acting as %4</source>
        <translation>%1 dossiers affichés sur %2  ·  %3 en retard  ·  en tant que %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="651" />
        <source>%n case(s) out on field laptops</source>
        <translation><numerusform>%n dossier sur les portables de terrain</numerusform><numerusform>%n dossiers sur les portables de terrain</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="657" />
        <source>%n field copies</source>
        <translation><numerusform>%n copie de terrain</numerusform><numerusform>%n copies de terrain</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="659" />
        <source>%n with changes not returned</source>
        <translation><numerusform>%n avec des modifications non retournées</numerusform><numerusform>%n avec des modifications non retournées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="662" />
        <source>%n returned</source>
        <translation><numerusform>%n retourné</numerusform><numerusform>%n retournés</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="741" />
        <source>Changes not returned</source>
        <translation>Modifications non retournées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="742" />
        <source>%n case(s) have changes not yet returned to the office.</source>
        <translation><numerusform>%n dossier comporte des modifications pas encore retournées au bureau.</numerusform><numerusform>%n dossiers comportent des modifications pas encore retournées au bureau.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="745" />
        <source>They are safe in this database. Write a return package now, or close and return them later.</source>
        <translation>Elles sont en sécurité dans cette base de données. Créez un paquet de retour maintenant, ou fermez et retournez-les plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="752" />
        <source>Close &amp;anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="779" />
        <source>Audit planned. It is listed under Audits.</source>
        <translation>Audit planifié. Il figure sous Audits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="806" />
        <source>Plan a site audit of the selected case's operator</source>
        <translation>Planifier un audit sur site de l'opérateur du dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="865" />
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="867" />
        <source>The quick check of this database found problems. Work on it may be lost. Restore the newest good backup (Tools → Restore a backup…)?</source>
        <translation>La vérification rapide de cette base de données a détecté des problèmes. Le travail effectué pourrait être perdu. Restaurer la dernière sauvegarde valide (Outils → Restaurer une sauvegarde…) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="885" />
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="895" />
        <source>Folder for backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="900" />
        <source>Backups will be written to %1</source>
        <translation>Les sauvegardes seront écrites dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="983" />
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="985" />
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="990" />
        <source>Severity of the shortfall: %1</source>
        <translation>Gravité du manquement : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="994" />
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="996" />
        <source>Case list and case details</source>
        <translation>Liste des dossiers et détail du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="998" />
        <source>In the quick search: search now, go to the results</source>
        <translation>Dans la recherche rapide : rechercher tout de suite, aller aux résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="999" />
        <source>In the quick search: go to the results</source>
        <translation>Dans la recherche rapide : aller aux résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1000" />
        <source>In the quick search: clear it</source>
        <translation>Dans la recherche rapide : l'effacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1001" />
        <source>No case found: clear the filters</source>
        <translation>Aucun dossier trouvé : effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1002" />
        <source>Export the list as shown</source>
        <translation>Exporter la liste telle qu'elle est affichée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1003" />
        <source>In the list: copy the reference and operator</source>
        <translation>Dans la liste : copier la référence et l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1004" />
        <source>Go to the case's next steps</source>
        <translation>Aller aux étapes suivantes du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1010" />
        <source>Open the selected audit's checklist</source>
        <translation>Ouvrir la liste de contrôle de l'audit sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1011" />
        <source>Switch between the audits and the follow-up</source>
        <translation>Passer des audits au suivi, et inversement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1012" />
        <source>Export the list shown</source>
        <translation>Exporter la liste affichée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1016" />
        <source>Audit checklist</source>
        <translation>Liste de contrôle de l'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Next unanswered item</source>
        <translation>Point suivant sans réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1021" />
        <source>Previous unanswered item</source>
        <translation>Point précédent sans réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1022" />
        <source>Write a note on the item</source>
        <translation>Écrire une note sur le point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1023" />
        <source>In the note: back to the list of items</source>
        <translation>Dans la note : retour à la liste des points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1024" />
        <source>Attach evidence</source>
        <translation>Joindre des pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1025" />
        <source>In the evidence: remove the selected file</source>
        <translation>Dans les pièces justificatives : retirer le fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1026" />
        <source>Finalise the audit</source>
        <translation>Finaliser l'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1027" />
        <source>Back to the list of audits</source>
        <translation>Retour à la liste des audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1031" />
        <source>Dialogs and wizards</source>
        <translation>Boîtes de dialogue et assistants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1033" />
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1034" />
        <source>Previous field</source>
        <translation>Champ précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1035" />
        <source>OK, or Next in a wizard</source>
        <translation>OK, ou Suivant dans un assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1036" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1099" />
        <source>The language changes the next time AEO Desk starts.</source>
        <translation>La langue change au prochain démarrage d'AEO Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1106" />
        <source>About AEO Desk</source>
        <translation>À propos d'AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1107" />
        <source>AEO Desk %1
Offline desk for Customs AEO units.
Database: %2</source>
        <translation>AEO Desk %1
Poste hors ligne pour les unités OEA des douanes.
Base de données : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1302" />
        <source>Select a case of the operator you are visiting, then site mode.</source>
        <translation>Sélectionnez un dossier de l'opérateur que vous visitez, puis le mode sur site.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1328" />
        <location filename="../../desktop/ui/main_window.py" line="1339" />
        <source>Leave site mode</source>
        <translation>Quitter le mode sur site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1329" />
        <source>Show every operator's cases and audits again?</source>
        <translation>Afficher de nouveau les dossiers et audits de tous les opérateurs ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1341" />
        <source>Site mode shows only %1. Enter your password to show every operator again.</source>
        <translation>Le mode sur site n'affiche que %1. Saisissez votre mot de passe pour afficher de nouveau tous les opérateurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1415" />
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1465" />
        <source>encrypted</source>
        <translation>chiffrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1465" />
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1467" />
        <source>The database is now %1. The file as it was is kept in %2.</source>
        <translation>La base de données est désormais %1. Le fichier d'origine est conservé dans %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1474" />
        <source>The database was not converted.</source>
        <translation>La base de données n'a pas été convertie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1481" />
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1483" />
        <source>Storing the database unencrypted…</source>
        <translation>Enregistrement de la base de données sans chiffrement…</translation>
    </message>
</context>
<context>
    <name>MinistryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="62" />
        <source>Ministry workbook</source>
        <translation>Classeur pour le ministère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="72" />
        <source>The unit's figures for a period, in the fixed layout the ministry receives: operators, applications, processing times, audits, corrective actions, contact coverage and staff training. Flows count what happened in the period; states are taken at its last day.</source>
        <translation>Les chiffres de l'unité pour une période, dans la présentation fixe que reçoit le ministère : opérateurs, demandes, délais de traitement, audits, actions correctives, couverture des contacts et formation du personnel. Les flux comptent ce qui s'est produit au cours de la période ; les états sont relevés à son dernier jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="94" />
        <source>Last &amp;month</source>
        <translation>&amp;Mois dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="95" />
        <source>Last &amp;quarter</source>
        <translation>&amp;Trimestre dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="96" />
        <source>This &amp;year</source>
        <translation>&amp;Cette année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="109" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="111" />
        <source>Choose where to save the workbook</source>
        <translation>Choisissez où enregistrer le classeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="117" />
        <source>Replace staff names with codes</source>
        <translation>Remplacer les noms des agents par des codes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="121" />
        <source>Name each staff member by a code (ST-…) instead of their name. A person keeps the same code in every workbook of this unit.</source>
        <translation>Désigner chaque agent par un code (ST-…) au lieu de son nom. Une personne conserve le même code dans tous les classeurs de cette unité.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="127" />
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="128" />
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="130" />
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="145" />
        <source>Create &amp;workbook</source>
        <translation>Créer le c&amp;lasseur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="195" />
        <source>Save the ministry workbook</source>
        <translation>Enregistrer le classeur pour le ministère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="197" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="256" />
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="284" />
        <source>Written to %1 (%2 rows on %3 sheets).</source>
        <translation>Écrit dans %1 (%2 lignes sur %3 feuilles).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="295" />
        <source>The workbook was not written.</source>
        <translation>Le classeur n'a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>OpenPackageWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="187" />
        <source>Open a check-out package</source>
        <translation>Ouvrir un paquet d'extraction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="191" />
        <source>Which package</source>
        <translation>Quel paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="193" />
        <source>The package the office made for this laptop. Check where it comes from before you open it.</source>
        <translation>Le paquet préparé par le bureau pour ce portable. Vérifiez sa provenance avant de l'ouvrir.</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="122" />
        <source>The cases are added to this database in one step: all of them or none.</source>
        <translation>Les dossiers sont ajoutés à cette base de données en une seule étape : tous ou aucun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="126" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="134" />
        <source>Opening the package…</source>
        <translation>Ouverture du paquet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="137" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>OpenResultPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="147" />
        <source>Package opened</source>
        <translation>Paquet ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="152" />
        <source>Cases opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="161" />
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="162" />
        <source>This package was opened here before; nothing changed.</source>
        <translation>Ce paquet a déjà été ouvert ici ; rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="167" />
        <source>Work on them as usual; every answer is saved here at once. Return them with File → Field laptop → Return cases….</source>
        <translation>Travaillez-y comme d'habitude ; chaque réponse est enregistrée ici immédiatement. Retournez-les avec Fichier → Portable de terrain → Retourner des dossiers….</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="172" />
        <source>%n case(s) from %1 for %2 (%3):</source>
        <translation><numerusform>%n dossier de %1 pour %2 (%3) :</numerusform><numerusform>%n dossiers de %1 pour %2 (%3) :</numerusform></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="50" />
        <source>New operator</source>
        <translation>Nouvel opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="50" />
        <source>Edit operator</source>
        <translation>Modifier l'opérateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="60" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="64" />
        <source>e.g. 35</source>
        <translation>p. ex. 35</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="65" />
        <source>EUR, e.g. 4.2M</source>
        <translation>EUR, p. ex. 4,2M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="66" />
        <source>EUR, optional</source>
        <translation>EUR, facultatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="68" />
        <source>&amp;Turnover:</source>
        <translation>&amp;Chiffre d'affaires :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="72" />
        <source>&amp;Balance sheet:</source>
        <translation>Total du &amp;bilan :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="76" />
        <source>&amp;Headcount:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="84" />
        <source>Size class:</source>
        <translation>Catégorie de taille :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="90" />
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="95" />
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="100" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="102" />
        <source>Supply-chain r&amp;oles</source>
        <translation>Rôles dans la chaîne l&amp;ogistique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="112" />
        <source>&amp;Identifiers</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="116" />
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="120" />
        <source>Scheme</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="120" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="120" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="128" />
        <source>A&amp;dd identifier</source>
        <translation>A&amp;jouter un identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="131" />
        <source>Re&amp;move selected</source>
        <translation>Su&amp;pprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="160" />
        <source>Identifier scheme, row %1</source>
        <translation>Système d'identifiant, ligne %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="194" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="198" />
        <source>MSME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="216" />
        <source>is required.</source>
        <translation>est obligatoire.</translation>
    </message>
</context>
<context>
    <name>PackageFileRow</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="165" />
        <source>Where to write the package</source>
        <extracomment>The person typed or chose a path: suggestions no longer replace it.</extracomment>
        <translation>Où écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="165" />
        <source>Choose a package file</source>
        <translation>Choisissez un fichier de paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="169" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="171" />
        <source>Choose the package file</source>
        <translation>Choisir le fichier de paquet</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="50" />
        <source>Open a package</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="51" />
        <source>Package file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="53" />
        <source>&amp;Package:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="85" />
        <source>Choose the package file (it ends in .aeopkg).</source>
        <translation>Choisissez le fichier de paquet (il se termine par .aeopkg).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="88" />
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l'emplacement %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="100" />
        <source>Next, type the unit passphrase to open it.</source>
        <translation>Ensuite, saisissez la phrase secrète de l'unité pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="106" />
        <source>This is a return package, made on a laptop: check it in at the office (File → Field laptop → Check in package…).</source>
        <translation>Il s'agit d'un paquet de retour, créé sur un portable : réintégrez-le au bureau (Fichier → Portable de terrain → Réintégrer un paquet…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="110" />
        <source>This is a check-out package, made at the office: open it on the validator's laptop (File → Field laptop → Open package…).</source>
        <translation>Il s'agit d'un paquet d'extraction, créé au bureau : ouvrez-le sur le portable du validateur (Fichier → Portable de terrain → Ouvrir un paquet…).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="240" />
        <source>Unit passphrase</source>
        <translation>Phrase secrète de l'unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="244" />
        <source>Unit passphrase, again</source>
        <translation>Phrase secrète de l'unité, à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="251" />
        <source>Unit &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de l'unité :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="255" />
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="272" />
        <source>Type the unit passphrase.</source>
        <translation>Saisissez la phrase secrète de l'unité.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="275" />
        <source>At least %1 characters (%2 so far).</source>
        <translation>Au moins %1 caractères (%2 pour l'instant).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="280" />
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="291" />
        <source>The passphrases match. Give it to the validator by another way than the file (in person, by phone).</source>
        <translation>Les phrases secrètes concordent. Transmettez-la au validateur par un autre moyen que le fichier (en personne, par téléphone).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="298" />
        <source>The unit's passphrase, as given with the package. It is not stored.</source>
        <translation>La phrase secrète de l'unité, telle que transmise avec le paquet. Elle n'est pas conservée.</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="98" />
        <source>You can try again in %1.</source>
        <extracomment>A rule met, and one not yet met: their colours by meaning (theme.colour).</extracomment>
        <translation>Vous pourrez réessayer dans %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="103" />
        <source>Too many wrong passwords. You can try again in %n second(s).</source>
        <translation><numerusform>Trop de mots de passe erronés. Vous pourrez réessayer dans %n seconde.</numerusform><numerusform>Trop de mots de passe erronés. Vous pourrez réessayer dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="114" />
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="264" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="265" />
        <source>&amp;Password of %1:</source>
        <translation>&amp;Mot de passe de %1 :</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="138" />
        <source>at least %n characters</source>
        <translation><numerusform>au moins %n caractère</numerusform><numerusform>au moins %n caractères</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="142" />
        <source>does not contain the user name</source>
        <translation>ne contient pas le nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="144" />
        <source>not too simple (4 different characters or more)</source>
        <translation>pas trop simple (au moins 4 caractères différents)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="145" />
        <source>both entries are the same</source>
        <translation>les deux saisies sont identiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="157" />
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="48" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="59" />
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="65" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="70" />
        <source>Applies the next time AEO Desk starts.</source>
        <translation>S'applique au prochain démarrage d'AEO Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="79" />
        <source>System (dark)</source>
        <translation>Système (sombre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="79" />
        <source>System (light)</source>
        <translation>Système (clair)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="82" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="83" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="87" />
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="96" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="97" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="99" />
        <source>Lock the window after minutes without input</source>
        <translation>Verrouiller la fenêtre après des minutes sans saisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="102" />
        <source>Lock the &amp;window after:</source>
        <translation>Verrouiller la &amp;fenêtre après :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="107" />
        <source>without keyboard or mouse input on this computer. Ctrl+L locks at once.</source>
        <translation>sans action au clavier ni à la souris sur cet ordinateur. Ctrl+L verrouille immédiatement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="111" />
        <source>The window locks only on a database with users: without them no one signs in, so there is no password to unlock it.</source>
        <translation>La fenêtre ne se verrouille que sur une base de données avec des utilisateurs : sans eux, personne ne se connecte et il n'y a aucun mot de passe pour la déverrouiller.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="90" />
        <source>First, the package is compared with this database. Nothing is written yet.</source>
        <extracomment>A field that differs: the warning note's tint, under the look's text (theme.surface).</extracomment>
        <translation>D'abord, le paquet est comparé à cette base de données. Rien n'est encore écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="98" />
        <source>Comparing the package with this database…</source>
        <translation>Comparaison du paquet avec cette base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="101" />
        <source>Compared.</source>
        <translation>Comparaison terminée.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="311" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>ReadPackagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="452" />
        <source>Unit passphrase</source>
        <translation>Phrase secrète de l'unité</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="43" />
        <source>Reports, exports and imports</source>
        <translation>Rapports, exportations et importations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="52" />
        <source>Nothing to report yet: the database has no cases. Start by importing the operator register and the unit's staff (Import from Excel or CSV, below), then create cases on the Caseload page (Ctrl+N).</source>
        <translation>Rien à signaler pour l'instant : la base de données ne contient aucun dossier. Commencez par importer le registre des opérateurs et le personnel de l'unité (Importer depuis Excel ou CSV, ci-dessous), puis créez des dossiers dans la page Portefeuille (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="64" />
        <source>Ministry workbook</source>
        <translation>Classeur pour le ministère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="68" />
        <source>The periodic workbook for the ministry: operators by size class and status, applications and processing times, audits and findings, corrective actions, contact-point coverage of MSMEs and staff training, in the same layout every time (see docs/ministry-workbook.md).</source>
        <translation>Le classeur périodique destiné au ministère : opérateurs par catégorie de taille et par statut, demandes et délais de traitement, audits et constats, actions correctives, couverture des MPME par les points de contact et formation du personnel, toujours dans la même présentation (voir docs/ministry-workbook.md).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="77" />
        <source>Make the ministry workbook…</source>
        <translation>Créer le classeur pour le ministère…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="83" />
        <source>Export a list to Excel</source>
        <translation>Exporter une liste vers Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="94" />
        <source>Each list screen also exports what it shows, filters and columns included.</source>
        <translation>Chaque écran de liste exporte aussi ce qu'il affiche, filtres et colonnes compris.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="102" />
        <source>Import from Excel or CSV</source>
        <translation>Importer depuis Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="114" />
        <source>A dry run comes first and lists every problem by row and column; nothing is imported until the whole file is right. Each import has a template to download.</source>
        <translation>Un essai à blanc est d'abord effectué et liste chaque problème par ligne et par colonne ; rien n'est importé tant que le fichier entier n'est pas correct. Chaque importation dispose d'un modèle à télécharger.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="36" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="41" />
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="42" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="44" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="46" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="47" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="48" />
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="50" />
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="51" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="51" />
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="58" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="63" />
        <source>No backups yet in %1.</source>
        <translation>Aucune sauvegarde pour l'instant dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="64" />
        <source>Backups in %1</source>
        <translation>Sauvegardes dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="68" />
        <source>Restoring puts the chosen backup in place of the current file, which is kept beside it (named …before-restore…). AEO Desk then closes; start it again.</source>
        <translation>La restauration remplace le fichier actuel par la sauvegarde choisie ; le fichier actuel est conservé à côté (nommé …before-restore…). AEO Desk se ferme ensuite ; relancez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="74" />
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurer la sauvegarde sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="131" />
        <source>The backup is restored. AEO Desk will now close; start it again.</source>
        <translation>La sauvegarde est restaurée. AEO Desk va maintenant se fermer ; relancez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="133" />
        <source>The previous file was kept as %1.</source>
        <translation>Le fichier précédent a été conservé sous %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="134" />
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="147" />
        <source>This backup failed its check; it cannot be restored.</source>
        <translation>Cette sauvegarde n'a pas passé le contrôle ; elle ne peut pas être restaurée.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="284" />
        <source>Checked out</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="290" />
        <source>Cases checked out</source>
        <translation>Dossiers extraits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="299" />
        <source>The cases are read-only here until the laptop's return package is checked in.</source>
        <translation>Les dossiers sont en lecture seule ici jusqu'à la réintégration du paquet de retour du portable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="302" />
        <source>%n case(s) checked out to %1 (%2).</source>
        <translation><numerusform>%n dossier extrait vers %1 (%2).</numerusform><numerusform>%n dossiers extraits vers %1 (%2).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="306" />
        <source>Package: %1</source>
        <translation>Paquet : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="308" />
        <source>Size: %1, %2 rows, %3 attachment(s).</source>
        <translation>Taille : %1, %2 lignes, %3 pièce(s) jointe(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="313" />
        <source>On the laptop: File → Field laptop → Open package…</source>
        <translation>Sur le portable : Fichier → Portable de terrain → Ouvrir un paquet…</translation>
    </message>
</context>
<context>
    <name>ReturnResultPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="194" />
        <source>Return package written</source>
        <translation>Paquet de retour écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="196" />
        <source>Take the file to the office. These cases are now read-only on this laptop.</source>
        <translation>Apportez le fichier au bureau. Ces dossiers sont désormais en lecture seule sur ce portable.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="203" />
        <source>Cases returned</source>
        <translation>Dossiers retournés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="212" />
        <source>Return package #%1: %n case(s).</source>
        <translation><numerusform>Paquet de retour n° %1 : %n dossier.</numerusform><numerusform>Paquet de retour n° %1 : %n dossiers.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="216" />
        <source>Changes: %1</source>
        <translation>Modifications : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="216" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="218" />
        <source>File: %1 (%2)</source>
        <translation>Fichier : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReturnWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="43" />
        <source>Returned on %1 (read-only here)</source>
        <translation>Retourné le %1 (lecture seule ici)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="48" />
        <source>%n change(s) not returned</source>
        <translation><numerusform>%n modification non retournée</numerusform><numerusform>%n modifications non retournées</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="49" />
        <source>No changes yet</source>
        <translation>Aucune modification pour l'instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="234" />
        <source>Return cases to the office</source>
        <translation>Retourner des dossiers au bureau</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="33" />
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="38" />
        <source>The database file</source>
        <translation>Le fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="46" />
        <source>&lt;b&gt;%1 is encrypted.&lt;/b&gt; Without a user's password, neither the file nor its backups can be read.</source>
        <translation>&lt;b&gt;%1 est chiffré.&lt;/b&gt; Sans le mot de passe d'un utilisateur, ni le fichier ni ses sauvegardes ne peuvent être lus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="51" />
        <source>&lt;b&gt;%1 is not encrypted.&lt;/b&gt; Anyone who copies the file can read it with any SQLite tool. Passwords still decide who signs in to AEO Desk.</source>
        <translation>&lt;b&gt;%1 n'est pas chiffré.&lt;/b&gt; Quiconque copie le fichier peut le lire avec n'importe quel outil SQLite. Les mots de passe déterminent toujours qui se connecte à AEO Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="57" />
        <source>File: %1
Key file (keep it with the database and its backups): %2</source>
        <translation>Fichier : %1
Fichier de clé (à conserver avec la base de données et ses sauvegardes) : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="68" />
        <source>&amp;Store it unencrypted…</source>
        <translation>&amp;Enregistrer sans chiffrement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="68" />
        <source>&amp;Encrypt the file…</source>
        <translation>&amp;Chiffrer le fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="85" />
        <source>Store %1 unencrypted? A backup of the file as it is now (encrypted) is made first. AEO Desk closes the database, converts it and opens it again.</source>
        <translation>Enregistrer %1 sans chiffrement ? Une sauvegarde du fichier dans son état actuel (chiffré) est d'abord créée. AEO Desk ferme la base de données, la convertit et la rouvre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="89" />
        <source>Encrypt %1? A backup of the file as it is now is made first (unencrypted: keep it safe or delete it). AEO Desk closes the database, converts it and opens it again; this takes a moment.</source>
        <translation>Chiffrer %1 ? Une sauvegarde du fichier dans son état actuel est d'abord créée (non chiffrée : conservez-la en lieu sûr ou supprimez-la). AEO Desk ferme la base de données, la convertit et la rouvre ; cela prend un moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="98" />
        <source>Store unencrypted</source>
        <translation>Enregistrer sans chiffrement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="98" />
        <source>Encrypt the database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
</context>
<context>
    <name>SiteBanner</name>
    <message>
        <location filename="../../desktop/ui/site_mode.py" line="89" />
        <source>Leave site mode…</source>
        <extracomment>The banner's frame: the same amber in both looks (it is a line, not text).</extracomment>
        <translation>Quitter le mode sur site…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/site_mode.py" line="101" />
        <source>Site mode: %1</source>
        <translation>Mode sur site : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/site_mode.py" line="103" />
        <source>only this operator's cases and audits are shown</source>
        <translation>seuls les dossiers et audits de cet opérateur sont affichés</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="597" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="621" />
        <source>Checked in</source>
        <translation>Réintégré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="611" />
        <source>Already checked in</source>
        <translation>Déjà réintégré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="612" />
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="615" />
        <source>This package was checked in on %1 by %2; checking it in again changes nothing.</source>
        <translation>Ce paquet a été réintégré le %1 par %2 ; le réintégrer de nouveau ne change rien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="623" />
        <source>The cases can be changed at the office again, unless a conflict kept one out.</source>
        <translation>Les dossiers peuvent de nouveau être modifiés au bureau, sauf si un conflit en a retenu un.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="625" />
        <source>Cases: %1</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="628" />
        <source>Written to this database:</source>
        <translation>Écrit dans cette base de données :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="631" />
        <source>No changes: the office had everything already.</source>
        <translation>Aucune modification : le bureau disposait déjà de tout.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="633" />
        <source>%n conflict(s) decided.</source>
        <translation><numerusform>%n conflit tranché.</numerusform><numerusform>%n conflits tranchés.</numerusform></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="38" />
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="59" />
        <source>Checklist templates</source>
        <translation>Modèles de liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="42" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="43" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="44" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="45" />
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="46" />
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="47" />
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="49" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="50" />
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="50" />
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="53" />
        <source>Loaded from</source>
        <translation>Chargé depuis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="71" />
        <source>A loaded version never changes: audits keep the version they started with. To change a template, export it, edit it in Excel, give it a new version and import it.</source>
        <translation>Une version chargée ne change jamais : les audits conservent la version avec laquelle ils ont commencé. Pour modifier un modèle, exportez-le, modifiez-le dans Excel, attribuez-lui une nouvelle version et importez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="79" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="82" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="85" />
        <source>&amp;Retire / reinstate</source>
        <translation>&amp;Retirer / rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="125" />
        <source>Import a checklist template</source>
        <translation>Importer un modèle de liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="127" />
        <source>Checklist templates (*.xlsx *.json)</source>
        <translation>Modèles de liste de contrôle (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="147" />
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="147" />
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="163" />
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="151" />
        <source>The temporary password of &lt;b&gt;%1&lt;/b&gt;. Give it to them in person: it is shown only this once, and AEO Desk does not keep it. They choose their own password when they first sign in.</source>
        <translation>Le mot de passe temporaire de &lt;b&gt;%1&lt;/b&gt;. Remettez-le en personne : il n'est affiché qu'une seule fois et AEO Desk ne le conserve pas. La personne choisira son propre mot de passe lors de sa première connexion.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="167" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="169" />
        <source>Copy (the clipboard is cleared after 30 seconds)</source>
        <translation>Copier (le presse-papiers est vidé après 30 secondes)</translation>
    </message>
</context>
<context>
    <name>TrainingCourseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="30" />
        <source>Edit course</source>
        <translation>Modifier la formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="30" />
        <source>Add a course</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="40" />
        <source>e.g. VAL</source>
        <translation>p. ex. VAL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="41" />
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="45" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="48" />
        <source>Who gives it, e.g. Customs training centre</source>
        <translation>Qui la dispense, p. ex. centre de formation douanière</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="49" />
        <source>&amp;Provider:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="55" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="56" />
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="68" />
        <source>Required for:</source>
        <translation>Obligatoire pour :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="73" />
        <source>never (no refresher)</source>
        <translation>jamais (pas de recyclage)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="74" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="76" />
        <source>&amp;Refresh every:</source>
        <translation>&amp;Recyclage tous les :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="79" />
        <source>Onboar&amp;ding course (new staff and role changes take it first)</source>
        <translation>Formation d'&amp;intégration (suivie en premier par les nouveaux agents et lors d'un changement de rôle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="83" />
        <source>&amp;Active (retired courses take no new records)</source>
        <translation>&amp;Active (les formations retirées n'acceptent plus de nouveaux enregistrements)</translation>
    </message>
</context>
<context>
    <name>TrainingDismissDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="76" />
        <source>Dismiss a follow-up</source>
        <translation>Classer un suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="87" />
        <source>Why no training is needed, e.g. exempt, leaving the unit, long leave</source>
        <translation>Pourquoi aucune formation n'est nécessaire, p. ex. dispense, départ de l'unité, congé de longue durée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="89" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="91" />
        <source>The dismissal and its reason are kept on record.</source>
        <translation>Le classement et son motif sont conservés.</translation>
    </message>
</context>
<context>
    <name>TrainingMatrixModel</name>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="79" />
        <source>ok</source>
        <extracomment>The cell's status, as the CellStatus value ("valid", "due_soon", ...). Each status's tint (theme.BACKGROUNDS): pale under near-black text in the light look, deep under off-white text in the dark one (7:1 or more in both), distinct in hue and lightness so that they also read apart for the common colour-vision deficiencies. (dark, status, "background" or "text") -&gt; brush: the look is read as the cells are drawn (a change of look repaints the view); brushes are made once per look.</extracomment>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="80" />
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="81" />
        <source>exp.</source>
        <translation>exp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="82" />
        <source>miss.</source>
        <translation>manq.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="83" />
        <source>fail.</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="117" />
        <source>nobody needs it</source>
        <translation>personne n'en a besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="156" />
        <source>refresh every %1 months</source>
        <translation>recyclage tous les %1 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="158" />
        <source>never expires</source>
        <translation>n'expire jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="213" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="214" />
        <source>✓ to %1</source>
        <translation>✓ jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="216" />
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="218" />
        <source>exp. %1</source>
        <translation>exp. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="220" />
        <source>failed %1</source>
        <translation>échec %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="223" />
        <source>onboarding</source>
        <translation>intégration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="224" />
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="233" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="236" />
        <source>Completed: %1</source>
        <translation>Suivie le : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="238" />
        <source>Valid until: %1</source>
        <translation>Valide jusqu'au : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="241" />
        <source>Last attempt: %1 (%2)</source>
        <translation>Dernière tentative : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="248" />
        <source>Onboarding since %1: due by %2</source>
        <translation>Intégration depuis le %1 : à suivre avant le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="253" />
        <source>Double-click to record a completion.</source>
        <translation>Double-cliquez pour enregistrer une formation suivie.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="77" />
        <source>Missing</source>
        <extracomment>The follow-up kinds' colours, by meaning (theme.colour gives them for the current look). Something was recorded, planned, dismissed or changed in the catalogue.</extracomment>
        <translation>Manquante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="78" />
        <source>Refresher due</source>
        <translation>Recyclage à faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="79" />
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="80" />
        <source>Retake (failed)</source>
        <translation>À repasser (échec)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="81" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="339" />
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="85" />
        <source>Follow-up queue</source>
        <translation>File de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="86" />
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="87" />
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="88" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="89" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="91" />
        <source>Export the follow-up queue or the matrix as shown</source>
        <translation>Exporter la file de suivi ou la matrice telle qu'affichée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="126" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="171" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="274" />
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="128" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="454" />
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="131" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="132" />
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="144" />
        <source>refreshers due within </source>
        <translation>recyclages dus dans les </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="145" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="146" />
        <source>Show dismissed</source>
        <translation>Afficher les suivis classés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="148" />
        <source>Plan a date…</source>
        <translation>Planifier une date…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="150" />
        <source>Mark as done…</source>
        <translation>Marquer comme suivie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="152" />
        <source>Dismiss…</source>
        <translation>Classer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="166" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="170" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="273" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="172" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="259" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="275" />
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="174" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="178" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="342" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="179" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="238" />
        <source>Dates are expiry dates (completion dates for courses that never expire). Hover a cell for details; double-click it to record a completion.</source>
        <translation>Les dates sont des dates d'expiration (dates de réalisation pour les formations qui n'expirent jamais). Survolez une cellule pour afficher les détails ; double-cliquez dessus pour enregistrer une formation suivie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="261" />
        <source>Record a session…</source>
        <translation>Enregistrer une session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="263" />
        <source>Record one…</source>
        <translation>Enregistrer une formation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="272" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="277" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="281" />
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="282" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="283" />
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="288" />
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="289" />
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="290" />
        <source>Attended</source>
        <translation>Suivie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="308" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="310" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="312" />
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="314" />
        <source>Add the default catalogue</source>
        <translation>Ajouter le catalogue par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="317" />
        <source>A retired course keeps its records but is no longer required.</source>
        <translation>Une formation retirée conserve ses enregistrements mais n'est plus obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="329" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="330" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="331" />
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="332" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="334" />
        <source>Required for</source>
        <translation>Obligatoire pour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="337" />
        <source>Refresh</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="339" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="343" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="343" />
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="372" />
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="378" />
        <source>Planned for %1</source>
        <translation>Prévue le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="380" />
        <source>Dismissed</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="381" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="381" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="395" />
        <source>Dismissed by %1: %2</source>
        <translation>Classé par %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="401" />
        <source>Expired on %1, taken %2</source>
        <translation>Expirée le %1, suivie le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="407" />
        <source>Expires on %1, taken %2</source>
        <translation>Expire le %1, suivie le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="412" />
        <source>Failed on %1: a retake is needed</source>
        <translation>Échec le %1 : la formation doit être repassée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="414" />
        <source>New in post or role since %1</source>
        <translation>Nouveau dans le poste ou le rôle depuis le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="415" />
        <source>Never completed (required for the role)</source>
        <translation>Jamais suivie (obligatoire pour le rôle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="420" />
        <source>nobody (optional)</source>
        <translation>personne (facultative)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="422" />
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="428" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="429" />
        <source>every %1 months</source>
        <translation>tous les %1 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="462" />
        <source>All courses</source>
        <translation>Toutes les formations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="478" />
        <source>No staff yet. Import the unit's staff (Reports → Import → Staff); each person's training follow-ups then appear here.</source>
        <translation>Aucun agent pour l'instant. Importez le personnel de l'unité (Rapports → Importer → Personnel) ; les suivis de formation de chaque personne apparaîtront alors ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="495" />
        <source>No courses in the catalogue yet. Open the Catalogue tab and add the default catalogue, or your own courses.</source>
        <translation>Aucune formation dans le catalogue pour l'instant. Ouvrez l'onglet Catalogue et ajoutez le catalogue par défaut, ou vos propres formations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="504" />
        <source>Nothing to follow up: everyone here holds the training their roles need, and no refresher falls due within the window. Widen the window or the filters to look further.</source>
        <translation>Rien à suivre : chacun ici dispose des formations requises par ses rôles, et aucun recyclage n'arrive à échéance dans la période. Élargissez la période ou les filtres pour voir plus loin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="514" />
        <source>Follow-up queue (%1 to act on)</source>
        <translation>File de suivi (%1 à traiter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="531" />
        <source>Due soon (≤ %1 days)</source>
        <translation>Échéance proche (≤ %1 jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="537" />
        <source>No active courses. Add courses in the Catalogue tab to see the matrix.</source>
        <translation>Aucune formation active. Ajoutez des formations dans l'onglet Catalogue pour afficher la matrice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="542" />
        <source>Nobody in post matches these filters.</source>
        <translation>Aucun agent en poste ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="553" />
        <source>failed %1</source>
        <translation>échec %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="553" />
        <source>✓ to %1</source>
        <translation>✓ jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="553" />
        <source>exp. %1</source>
        <translation>exp. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="567" />
        <source>No training recorded yet. After a course, use “Record a session…” to enter everyone who took part, or “Record one…” for a single person.</source>
        <translation>Aucune formation enregistrée pour l'instant. Après une formation, utilisez « Enregistrer une session… » pour saisir tous les participants, ou « Enregistrer une formation… » pour une seule personne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="580" />
        <source>The catalogue is empty. “Add the default catalogue” adds the usual courses (AEO programme basics, validation and audit techniques, compliance and risk management, MSME outreach, security criteria, data protection, the national legal basis); “Add…” adds your own.</source>
        <translation>Le catalogue est vide. « Ajouter le catalogue par défaut » ajoute les formations habituelles (notions de base du programme OEA, techniques de validation et d'audit, conformité et gestion des risques, sensibilisation des MPME, critères de sécurité, protection des données, base juridique nationale) ; « Ajouter… » ajoute les vôtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="635" />
        <source>Mark as done</source>
        <translation>Marquer comme suivie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="636" />
        <source>Records that %1 completed %2.</source>
        <translation>Enregistre que %1 a suivi %2.</translation>
    </message>
</context>
<context>
    <name>TrainingPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="37" />
        <source>Plan a date</source>
        <translation>Planifier une date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="50" />
        <source>&amp;Planned date:</source>
        <translation>Date &amp;prévue :</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="40" />
        <source>Record a training</source>
        <translation>Enregistrer une formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="53" />
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="59" />
        <source>&amp;Course:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="66" />
        <source>Completed &amp;on:</source>
        <translation>Suivie l&amp;e :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="73" />
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="77" />
        <source>Certificate number, if any</source>
        <translation>Numéro de certificat, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="78" />
        <source>C&amp;ertificate:</source>
        <translation>&amp;Certificat :</translation>
    </message>
</context>
<context>
    <name>TrainingSessionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="213" />
        <source>Record a training session</source>
        <translation>Enregistrer une session de formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="223" />
        <source>&amp;Course:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="230" />
        <source>Completed &amp;on:</source>
        <translation>Suivie l&amp;e :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="234" />
        <source>e.g. VAL Rennes, June – optional</source>
        <translation>p. ex. VAL Rennes, juin – facultatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="235" />
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="241" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="266" />
        <source>Tick everyone who &amp;needs it</source>
        <translation>Cocher tous ceux qui en ont &amp;besoin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="269" />
        <source>&amp;Untick all</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="274" />
        <source>Set the result of everyone ticked</source>
        <translation>Définir le résultat de toutes les personnes cochées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="275" />
        <source>Set the result of everyone ticked…</source>
        <translation>Définir le résultat des personnes cochées…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="289" />
        <source>&amp;Tick the people who took part (Space). Double-click a result or a certificate, or press F2, to change it.</source>
        <translation>&amp;Cochez les personnes qui ont participé (Espace). Double-cliquez sur un résultat ou un certificat, ou appuyez sur F2, pour le modifier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="336" />
        <source>%n attendee(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="27" />
        <source>Move %1</source>
        <translation>Faire passer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="35" />
        <source>From “%1” to “%2”.</source>
        <translation>De « %1 » à « %2 ».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="46" />
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="51" />
        <source>Required: it is kept in the case's timeline.</source>
        <translation>Obligatoire : il est conservé dans la chronologie du dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="53" />
        <source>Optional note for the timeline.</source>
        <translation>Note facultative pour la chronologie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="56" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="56" />
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="66" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="70" />
        <source>Staff member</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="71" />
        <source>(not linked to a staff member)</source>
        <translation>(non lié à un agent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="77" />
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="78" />
        <source>&amp;Staff member:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="83" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="94" />
        <source>&amp;May sign in</source>
        <translation>&amp;Peut se connecter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="102" />
        <source>AEO Desk makes a temporary password, shown once when you save. The new user chooses their own password at their first sign-in.</source>
        <translation>AEO Desk crée un mot de passe temporaire, affiché une seule fois lors de l'enregistrement. Le nouvel utilisateur choisit son propre mot de passe lors de sa première connexion.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="115" />
        <source>&amp;Add user</source>
        <translation>A&amp;jouter l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="115" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="196" />
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="214" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="202" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="203" />
        <source>Staff member</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="204" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="206" />
        <source>May sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="207" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="207" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="219" />
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="221" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="223" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="237" />
        <source>Roles: a validator works on their own cases and audits; a contact officer logs contacts; a manager assigns work and manages the field laptops; an administrator manages users, templates and encryption.</source>
        <translation>Rôles : un validateur traite ses propres dossiers et audits ; un agent de contact consigne les contacts ; un responsable attribue le travail et gère les portables de terrain ; un administrateur gère les utilisateurs, les modèles et le chiffrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="320" />
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="322" />
        <source>Give %1 a new temporary password? Their current password stops working, and they choose a new one at their next sign-in.</source>
        <translation>Attribuer un nouveau mot de passe temporaire à %1 ? Son mot de passe actuel cessera de fonctionner, et la personne en choisira un nouveau lors de sa prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>WritePackagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="491" />
        <source>Passphrase and file</source>
        <translation>Phrase secrète et fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="501" />
        <source>Package file to write</source>
        <translation>Fichier de paquet à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="503" />
        <source>Sa&amp;ve as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="537" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="249" />
        <source>The package is encrypted with the unit passphrase. Carry the file on a USB stick; give the passphrase to the validator another way.</source>
        <translation>Le paquet est chiffré avec la phrase secrète de l'unité. Transportez le fichier sur une clé USB ; transmettez la phrase secrète au validateur par un autre moyen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="252" />
        <source>&amp;Check out</source>
        <translation>E&amp;xtraire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="253" />
        <source>Save the check-out package</source>
        <translation>Enregistrer le paquet d'extraction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="277" />
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
</context>
<context>
    <name>WriteReturnPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="168" />
        <source>The return package is encrypted with the unit passphrase, as the check-out package was.</source>
        <translation>Le paquet de retour est chiffré avec la phrase secrète de l'unité, comme l'était le paquet d'extraction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="171" />
        <source>&amp;Write package</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="172" />
        <source>Save the return package</source>
        <translation>Enregistrer le paquet de retour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="187" />
        <source>Writing the return package…</source>
        <translation>Écriture du paquet de retour…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="116" />
        <source>Building the demo database…</source>
        <extracomment>The .desktop file (packaging/linux): Wayland and the task bar match the window to it.</extracomment>
        <translation>Création de la base de données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="139" />
        <source>The database cannot be opened:</source>
        <translation>Impossible d'ouvrir la base de données :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="141" />
        <source>Restore the newest good backup, from %1? The current file is kept beside it.</source>
        <translation>Restaurer la dernière sauvegarde valide (%1) ? Le fichier actuel est conservé à côté.</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="258" />
        <source>done %1</source>
        <translation>effectué le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="263" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="94" />
        <source>The database passed the full integrity check.</source>
        <translation>La base de données a passé le contrôle d'intégrité complet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="97" />
        <source>Problems found:</source>
        <translation>Problèmes détectés :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="99" />
        <source>Verify database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="107" />
        <source>Checking the whole database…</source>
        <translation>Vérification de l'ensemble de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export.py" line="29" />
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export.py" line="36" />
        <source>Writing the audit report…</source>
        <translation>Écriture du rapport d'audit…</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="20" />
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="21" />
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="22" />
        <source>Attended (no exam)</source>
        <translation>Présent (sans examen)</translation>
    </message>
</context>
<context>
    <name>utilisation_bar</name>
    <message>
        <location filename="../../desktop/ui/widgets/utilisation_bar.py" line="51" />
        <source>Utilisation of %1</source>
        <extracomment>From this percentage of capacity the bar turns amber; above 100 it turns red.</extracomment>
        <translation>Taux d'occupation de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/utilisation_bar.py" line="55" />
        <source>no capacity</source>
        <translation>aucune capacité</translation>
    </message>
</context>
</TS>
