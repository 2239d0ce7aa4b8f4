<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="24" />
        <source>Corrective action for %1</source>
        <translation>Acción correctiva para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="32" />
        <source>Finding:</source>
        <translation>Hallazgo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="37" />
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="41" />
        <source>Name and role at the operator</source>
        <translation>Nombre y cargo en el operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="42" />
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/action_dialog.py" line="50" />
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="511" />
        <source>Check in</source>
        <translation>Dar entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="512" />
        <source>The package goes in whole, in one step, or not at all.</source>
        <translation>El paquete se incorpora completo, en un solo paso, o no se incorpora.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="514" />
        <source>&amp;Check in</source>
        <translation>Dar &amp;entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="530" />
        <source>Return package #%1 from %2, written on %3.</source>
        <translation>Paquete de retorno n.º %1 de %2, generado el %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="534" />
        <source>Cases: %1</source>
        <translation>Expedientes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="540" />
        <source>Cases in conflict: %1 merged, %2 discarded.</source>
        <translation>Expedientes en conflicto: %1 fusionados, %2 descartados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="548" />
        <source>Changed on both sides: %1 from the laptop, %2 kept as at the office.</source>
        <translation>Modificados en ambos lados: %1 del portátil, %2 conservados como en la oficina.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="555" />
        <source>The laptop's other changes:</source>
        <translation>Otros cambios del portátil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="558" />
        <source>The package brings no changes; the cases are released.</source>
        <translation>El paquete no trae cambios; los expedientes quedan liberados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="573" />
        <source>Checking the package in…</source>
        <translation>Dando entrada al paquete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="576" />
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="35" />
        <source>Assign %n case(s)</source>
        <translation><numerusform>Asignar %n expediente</numerusform><numerusform>Asignar %n expedientes</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="49" />
        <source>Suggested: </source>
        <translation>Sugerido: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="52" />
        <source>&amp;Validators (arrows to choose, Enter to assign):</source>
        <translation>&amp;Validadores (flechas para elegir, Intro para asignar):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="56" />
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="62" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="63" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="64" />
        <source>Open cases</source>
        <translation>Expedientes abiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="65" />
        <source>Load / capacity</source>
        <translation>Carga / capacidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="66" />
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="88" />
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="113" />
        <source>&amp;Reason or note:</source>
        <translation>&amp;Motivo o nota:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="117" />
        <source>Optional, kept in the timeline</source>
        <translation>Opcional; se conserva en la cronología</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="124" />
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="160" />
        <source>Not allowed: </source>
        <translation>No permitido: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/assign_dialog.py" line="163" />
        <source>Warning (kept with the assignment): </source>
        <translation>Advertencia (se conserva con la asignación): </translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="63" />
        <source>Attendee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="64" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="65" />
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="66" />
        <source>Needs it</source>
        <translation>La necesita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="67" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="68" />
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="152" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>AuditChecklistWidget</name>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="120" />
        <source>◀ Audits</source>
        <extracomment>Each result's text colour, by meaning (theme.colour gives it for the current look). The status badge's coloured note (theme.SURFACES) by audit status; "info" for the others.</extracomment>
        <translation>◀ Auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="122" />
        <source>Back to the list of audits</source>
        <translation>Volver a la lista de auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="123" />
        <source>Back to the list of audits (Alt+Left)</source>
        <translation>Volver a la lista de auditorías (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="139" />
        <source>%v of %m answered</source>
        <translation>%v de %m respondidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="143" />
        <source>Finalise…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="146" />
        <source>Lock the audit (Ctrl+Shift+F)</source>
        <translation>Bloquear la auditoría (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="148" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="151" />
        <source>Report .&amp;xlsx…</source>
        <translation>Informe .&amp;xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="153" />
        <source>Save the audit report as an Excel workbook</source>
        <translation>Guardar el informe de auditoría como libro de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="155" />
        <source>Report .p&amp;df…</source>
        <translation>Informe .p&amp;df…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="157" />
        <source>Save the audit report as a PDF</source>
        <translation>Guardar el informe de auditoría como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="181" />
        <source>Show items</source>
        <translation>Mostrar ítems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="182" />
        <source>Show all items, only the unanswered or shortfalls</source>
        <translation>Mostrar todos los ítems, solo los no respondidos o los incumplimientos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="184" />
        <source>All items</source>
        <translation>Todos los ítems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="184" />
        <source>Unanswered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="184" />
        <source>Shortfalls</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="189" />
        <source>Checklist items</source>
        <translation>Ítems de la lista de verificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="192" />
        <source>1 met, 2 partially met, 3 not met, 4 not applicable, 0 clear; N next unanswered</source>
        <translation>1 cumplido, 2 parcialmente cumplido, 3 no cumplido, 4 no aplicable, 0 borrar; N siguiente sin responder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="195" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="195" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="209" />
        <source>● Must item</source>
        <translation>● Ítem obligatorio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="210" />
        <source>Must items weigh double; a Must item not met fails the audit.</source>
        <translation>Los ítems obligatorios cuentan doble; un ítem obligatorio no cumplido hace que la auditoría no se supere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="254" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="259" />
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="267" />
        <source>Severity of the shortfall:</source>
        <translation>Gravedad del incumplimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="281" />
        <source>Note (Enter to write, Esc to go back to the list):</source>
        <translation>Nota (Intro para escribir, Esc para volver a la lista):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="287" />
        <source>What you saw, who you spoke to, which records you checked…</source>
        <translation>Qué observó, con quién habló, qué registros comprobó…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="303" />
        <source>Evidence:</source>
        <translation>Evidencias:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="306" />
        <source>Attach files… (Ctrl+O)</source>
        <translation>Adjuntar archivos… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="310" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="313" />
        <source>Remove the selected evidence file (Delete in the list)</source>
        <translation>Quitar el archivo de evidencia seleccionado (Supr en la lista)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="322" />
        <source>Evidence of this item</source>
        <translation>Evidencias de este ítem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="336" />
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="343" />
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="357" />
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="345" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="349" />
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="350" />
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="358" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="359" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="360" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="362" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="371" />
        <source>&amp;Add corrective action…</source>
        <translation>&amp;Añadir acción correctiva…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="374" />
        <source>&amp;Mark done…</source>
        <translation>&amp;Marcar como hecha…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="377" />
        <source>Ver&amp;ify</source>
        <translation>Ver&amp;ificar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="383" />
        <source>Fi&amp;ndings (each shortfall is one):</source>
        <translation>&amp;Hallazgos (uno por cada incumplimiento):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="385" />
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="389" />
        <source>Im&amp;provement plan (corrective actions):</source>
        <translation>&amp;Plan de mejora (acciones correctivas):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="391" />
        <source>Improvement plan</source>
        <translation>Plan de mejora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="394" />
        <source>Findings and actions</source>
        <translation>Hallazgos y acciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="573" />
        <source>case</source>
        <translation>expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="573" />
        <source>revision</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="574" />
        <source>MSME track</source>
        <translation>procedimiento simplificado pyme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="586" />
        <source>Score: –</source>
        <translation>Puntuación: –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="589" />
        <source>Score: %1% · %2</source>
        <translation>Puntuación: %1% · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="610" />
        <source>Finalised on %1 by %2 – %3, score %4%. Locked: reopen it, with a reason, to change anything (revision %5).</source>
        <translation>Finalizada el %1 por %2 – %3, puntuación %4%. Bloqueada: para cambiar algo, reábrala indicando un motivo (revisión %5).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="628" />
        <source>Findings and actions (%1)</source>
        <translation>Hallazgos y acciones (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="635" />
        <source>MUST</source>
        <translation>OBLIGATORIO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="635" />
        <source>SHOULD</source>
        <translation>RECOMENDADO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="639" />
        <source>No guidance for this item.</source>
        <translation>No hay orientaciones para este ítem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="644" />
        <source>Operator's self-assessment: %1</source>
        <translation>Autoevaluación del operador: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="664" />
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="868" />
        <source>Saved %1 by %2</source>
        <translation>Guardado el %1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="756" />
        <source>Every item is answered.</source>
        <translation>Todos los ítems están respondidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="916" />
        <source>Attach evidence to %1</source>
        <translation>Adjuntar evidencias a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="919" />
        <source>Evidence (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.csv *.docx *.xlsx *.odt *.ods *.msg *.eml);;All files (*)</source>
        <translation>Evidencias (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.csv *.docx *.xlsx *.odt *.ods *.msg *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="981" />
        <source>Finalise %1</source>
        <translation>Finalizar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="983" />
        <source>Finalise and lock this audit?

Score %1%, outcome: %2.
Afterwards a change needs a recorded revision.</source>
        <translation>¿Finalizar y bloquear esta auditoría?

Puntuación %1%, resultado: %2.
Después, cualquier cambio requerirá una revisión registrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1004" />
        <source>Audit finalised: %1. The case is now “%2”.</source>
        <translation>Auditoría finalizada: %1. El expediente está ahora en “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1017" />
        <source>Reopen %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1018" />
        <source>Why must the finalised audit change? (kept with the revision)</source>
        <translation>¿Por qué debe cambiar la auditoría finalizada? (se conserva con la revisión)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1041" />
        <source>Select the finding the action answers.</source>
        <translation>Seleccione el hallazgo al que responde la acción.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1056" />
        <source>Corrective action done</source>
        <translation>Acción correctiva realizada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1057" />
        <source>What shows that it is done (document, photo, record)?</source>
        <translation>¿Qué demuestra que está hecha (documento, foto, registro)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audit_checklist_widget.py" line="1089" />
        <source>Save the audit report</source>
        <translation>Guardar el informe de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="35" />
        <source>Plan a site audit – %1</source>
        <translation>Planificar una auditoría in situ – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="46" />
        <source>First day of the audit</source>
        <translation>Primer día de la auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="48" />
        <source>Last day of the audit</source>
        <translation>Último día de la auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="50" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="55" />
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="65" />
        <source>One site per line</source>
        <translation>Un emplazamiento por línea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="67" />
        <source>&amp;Sites:</source>
        <translation>&amp;Emplazamientos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="77" />
        <source>&amp;Lead validator:</source>
        <translation>&amp;Validador principal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="83" />
        <source>Space ticks or unticks the highlighted person</source>
        <translation>La barra espaciadora marca o desmarca a la persona resaltada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="89" />
        <source>&amp;Team:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="104" />
        <source>Suggested: %1.</source>
        <translation>Sugerido: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/audit_plan_dialog.py" line="107" />
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="74" />
        <source>Show audits</source>
        <extracomment>What each list exports: the columns it shows, with dates and scores as their own columns.</extracomment>
        <translation>Mostrar auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="77" />
        <source>Upcoming and in progress – unit</source>
        <translation>Próximas y en curso – unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="78" />
        <source>Upcoming and in progress – mine</source>
        <translation>Próximas y en curso – mías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="79" />
        <source>All audits</source>
        <translation>Todas las auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="82" />
        <source>Which audits the list shows</source>
        <translation>Qué auditorías muestra la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="84" />
        <source>&amp;Open checklist</source>
        <translation>&amp;Abrir lista de verificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="86" />
        <source>Open the selected audit's checklist (Enter)</source>
        <translation>Abrir la lista de verificación de la auditoría seleccionada (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="88" />
        <source>C&amp;ancel audit</source>
        <translation>Ca&amp;ncelar auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="91" />
        <source>Checklist te&amp;mplates…</source>
        <translation>&amp;Plantillas de listas de verificación…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="94" />
        <source>&amp;Show case</source>
        <translation>&amp;Mostrar expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="97" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="170" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="100" />
        <source>Save the audits as shown to an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Guardar las auditorías tal como se muestran en un libro de Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="103" />
        <source>Plan an audit from a case (Caseload → Plan audit…).</source>
        <translation>Planifique una auditoría desde un expediente (Carga de trabajo → Planificar auditoría…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="117" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="118" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="120" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="185" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="126" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="189" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="127" />
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="128" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="129" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="131" />
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="133" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="138" />
        <location filename="../../desktop/ui/widgets/audits_page.py" line="215" />
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="161" />
        <source>due within </source>
        <translation>con vencimiento en </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="162" />
        <source> days, and every overdue action</source>
        <translation> días, y todas las acciones vencidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="163" />
        <source>Corrective actions due within (days)</source>
        <translation>Acciones correctivas con vencimiento en (días)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="167" />
        <source>Whose corrective actions</source>
        <translation>De quién son las acciones correctivas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="168" />
        <source>Whole unit</source>
        <translation>Toda la unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="168" />
        <source>My audits</source>
        <translation>Mis auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="173" />
        <source>Save the corrective actions as shown to an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Guardar las acciones correctivas tal como se muestran en un libro de Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="183" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="190" />
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="192" />
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="195" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="196" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="197" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="202" />
        <source>Corrective actions due and overdue</source>
        <translation>Acciones correctivas por vencer y vencidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="216" />
        <source>Follow-up of corrective actions</source>
        <translation>Seguimiento de acciones correctivas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="243" />
        <source>Export the list…</source>
        <translation>Exportar la lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="300" />
        <source>Choose who you are in “Acting as” (toolbar) to see your audits.</source>
        <translation>Indique quién es usted en “Actuando como” (barra de herramientas) para ver sus auditorías.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="307" />
        <source>No audits here yet. Plan one from a case: Caseload → Plan audit…</source>
        <translation>Aún no hay auditorías. Planifique una desde un expediente: Carga de trabajo → Planificar auditoría…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="330" />
        <source>Follow-up of corrective actions (%1 due, %2 overdue)</source>
        <translation>Seguimiento de acciones correctivas (%1 por vencer, %2 vencidas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/audits_page.py" line="441" />
        <source>Choose who you are in “Acting as” (toolbar) first.</source>
        <translation>Primero indique quién es usted en “Actuando como” (barra de herramientas).</translation>
    </message>
</context>
<context>
    <name>CaseDetailWidget</name>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="249" />
        <source>Select a case in the list to see its details, deadlines and timeline.</source>
        <extracomment>Buttons that only read the case: they stay enabled while the case is read-only here. Alt+letters the pane must leave alone: the main window's menus (&amp;File, &amp;Cases, &amp;View, &amp;Tools, &amp;Help; read from the window's menu bar, in the language shown, when the pane is in one) and the pane's fixed mnemonics (Next steps, Plan audit, Assign, Edit case, Edit operator, Force release, Copy, self-assessment Workbook and Import, eXtend: read from their translated texts). Up to this width a form label is kept on one line; longer ones wrap. Something was copied to the clipboard (what, in words: "EORI PT500123456"). The pane shows another case (or none), or the same one's steps were made again: what may be done with it changed (the main window's Cases menu follows it).</extracomment>
        <translation>Seleccione un expediente en la lista para ver sus datos, plazos y cronología.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="293" />
        <source>Force &amp;release…</source>
        <translation>Forzar &amp;liberación…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="296" />
        <source>Make the case editable here again without the laptop's changes</source>
        <translation>Volver a hacer editable aquí el expediente sin los cambios del portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="308" />
        <source>&amp;Next steps</source>
        <translation>&amp;Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="316" />
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="321" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="322" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="323" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="324" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="325" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="326" />
        <source>Acceptance due</source>
        <translation>Plazo de aceptación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="327" />
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="328" />
        <source>Decision due</source>
        <translation>Plazo de decisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="329" />
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="330" />
        <source>Authorisation</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="331" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="340" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="345" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="346" />
        <source>Size class</source>
        <translation>Categoría de tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="347" />
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="348" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="349" />
        <source>Supply-chain roles</source>
        <translation>Funciones en la cadena de suministro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="350" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="351" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="363" />
        <source>Edit &amp;operator…</source>
        <translation>Editar &amp;operador…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="372" />
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="376" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="381" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="404" />
        <source>Cop&amp;y</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="405" />
        <source>Copy the operator's identifier</source>
        <translation>Copiar el identificador del operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="407" />
        <source>Copy the identifier (the clipboard is cleared after 30 seconds)</source>
        <translation>Copiar el identificador (el portapapeles se vacía a los 30 segundos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="426" />
        <source>the operator's identifiers</source>
        <translation>los identificadores del operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="441" />
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="445" />
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="488" />
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="499" />
        <source>(extended by %n day(s))</source>
        <translation><numerusform>(prorrogado %n día)</numerusform><numerusform>(prorrogado %n días)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="504" />
        <source>after acceptance</source>
        <translation>tras la aceptación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="507" />
        <source>effective %1</source>
        <translation>vigente desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="509" />
        <source>expires %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="516" />
        <source>MSME</source>
        <translation>pyme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="517" />
        <source>staff</source>
        <translation>empleados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="554" />
        <source>overdue by %n day(s)</source>
        <translation><numerusform>vencido hace %n día</numerusform><numerusform>vencido hace %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="555" />
        <source>(%n day(s) left)</source>
        <translation><numerusform>(queda %n día)</numerusform><numerusform>(quedan %n días)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="588" />
        <source>Move the case to “%1”</source>
        <translation>Pasar el expediente a “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="590" />
        <source>(a reason is required)</source>
        <translation>(se requiere un motivo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="577" />
        <source>E&amp;xtend decision period…</source>
        <translation>P&amp;rorrogar plazo de decisión…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="578" />
        <source>Plan &amp;audit…</source>
        <translation>Pla&amp;nificar auditoría…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="603" />
        <source>Plan a site audit of this operator</source>
        <translation>Planificar una auditoría in situ de este operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="579" />
        <source>Self-assessment &amp;workbook…</source>
        <translation>Li&amp;bro de autoevaluación…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="609" />
        <source>An Excel workbook the operator fills in offline and sends back</source>
        <translation>Un libro de Excel que el operador rellena sin conexión y devuelve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="580" />
        <source>&amp;Import self-assessment…</source>
        <translation>&amp;Importar autoevaluación…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="581" />
        <source>A&amp;ssign…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="582" />
        <source>&amp;Edit case…</source>
        <translation>E&amp;ditar expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_detail_widget.py" line="637" />
        <source>This case is closed: no further state changes.</source>
        <translation>Este expediente está cerrado: no admite más cambios de estado.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="41" />
        <source>New case</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="41" />
        <source>Edit case</source>
        <translation>Editar expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="52" />
        <source>Type a name or an EORI…</source>
        <translation>Escriba un nombre o un EORI…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="61" />
        <source>&amp;New operator…</source>
        <translation>&amp;Nuevo operador…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="65" />
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="74" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="81" />
        <source>&amp;Programme:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="89" />
        <source>&amp;Received on:</source>
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="97" />
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="102" />
        <source>Assign later</source>
        <translation>Asignar más tarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="105" />
        <source>&amp;Validator:</source>
        <translation>&amp;Validador:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="112" />
        <source>&amp;Summary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/case_dialog.py" line="136" />
        <source>Use Assign… to change the validator.</source>
        <translation>Use Asignar… para cambiar el validador.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="52" />
        <source>Quick search: case reference, operator name or identifier (Ctrl+F)</source>
        <translation>Búsqueda rápida: referencia del expediente, nombre o identificador del operador (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="55" />
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="57" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="58" />
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="59" />
        <source>Open cases</source>
        <translation>Expedientes abiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="63" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="64" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="65" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="66" />
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="70" />
        <source>MSMEs only</source>
        <translation>Solo pymes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="73" />
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="74" />
        <source>Any deadline</source>
        <translation>Cualquier plazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="75" />
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="76" />
        <source>Due within…</source>
        <translation>Vencen en…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="81" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="82" />
        <source>Due within days</source>
        <translation>Vencen en (días)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="86" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="88" />
        <source>Show every case again: no search, no filter</source>
        <translation>Volver a mostrar todos los expedientes: sin búsqueda ni filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="89" />
        <source>Only micro, small and medium-sized operators</source>
        <translation>Solo operadores micro, pequeños y medianos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="170" />
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="171" />
        <source>My caseload</source>
        <translation>Mi carga de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="172" />
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/case_filter_bar.py" line="176" />
        <source>All programmes</source>
        <translation>Todos los programas</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="142" />
        <source>Reference</source>
        <extracomment>Field laptops: where a checked-out case is (not sortable, not exported). Text colours by meaning (theme.colour: read as the cells are drawn, so that they follow the look).</extracomment>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="143" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="144" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="145" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="146" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="147" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="148" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="149" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="150" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="151" />
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="152" />
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="153" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="154" />
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="245" />
        <source>Read-only here until it is checked in.</source>
        <translation>Solo lectura aquí hasta que se le dé entrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="248" />
        <source>This copy is read-only.</source>
        <translation>Esta copia es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="249" />
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/case_table_model.py" line="252" />
        <source>%n change(s) not returned</source>
        <translation><numerusform>%n cambio no devuelto</numerusform><numerusform>%n cambios no devueltos</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="254" />
        <source>Field copy</source>
        <translation>Copia de campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/case_table_model.py" line="299" />
        <source>(gone)</source>
        <translation>(eliminado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/case_table_model.py" line="334" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Vencido hace %n día</numerusform><numerusform>Vencido hace %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/case_table_model.py" line="335" />
        <source>%n day(s) left</source>
        <translation><numerusform>Queda %n día</numerusform><numerusform>Quedan %n días</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="142" />
        <source>Cases</source>
        <extracomment>Above this many cases, searches run on the reader thread (see CaseloadPage._set_query). The empty caseload's "import the operators" link: Reports, Import, Operators.</extracomment>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="158" />
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="163" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="166" />
        <source>Save the cases as shown to an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Guardar los expedientes tal como se muestran en un libro de Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="171" />
        <source>&amp;Copy reference and operator</source>
        <translation>&amp;Copiar referencia y operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="178" />
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="369" />
        <source>%1 has no cases here.</source>
        <translation>%1 no tiene expedientes aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="372" />
        <source>No cases yet: &lt;a href='new-case'&gt;create one&lt;/a&gt; (Ctrl+N), or import the operators first (&lt;a href='import-operators'&gt;Reports → Import&lt;/a&gt;).</source>
        <translation>Aún no hay expedientes: &lt;a href='new-case'&gt;cree uno&lt;/a&gt; (Ctrl+N) o importe primero los operadores (&lt;a href='import-operators'&gt;Informes → Importar&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="378" />
        <source>No case matches these filters. &lt;a href='clear-filters'&gt;Clear the filters&lt;/a&gt; (Esc) to see all %1 cases.</source>
        <translation>Ningún expediente coincide con estos filtros. &lt;a href='clear-filters'&gt;Borre los filtros&lt;/a&gt; (Esc) para ver los %1 expedientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="446" />
        <source>%n change(s) not returned yet</source>
        <translation><numerusform>%n cambio aún no devuelto</numerusform><numerusform>%n cambios aún no devueltos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="514" />
        <source>%n case(s)</source>
        <translation><numerusform>%n expediente</numerusform><numerusform>%n expedientes</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="524" />
        <source>Copied %1; the clipboard is cleared in %2 seconds.</source>
        <translation>%1 copiado; el portapapeles se vaciará en %2 segundos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="597" />
        <source>Select one or more cases to assign.</source>
        <translation>Seleccione uno o más expedientes para asignar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="618" />
        <source>Weighing everyone's caseload…</source>
        <translation>Evaluando la carga de expedientes de cada uno…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="633" />
        <source>%n case(s) assigned.</source>
        <translation><numerusform>%n expediente asignado.</numerusform><numerusform>%n expedientes asignados.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="640" />
        <source>Assigning cases…</source>
        <translation>Asignando expedientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="667" />
        <source>%1 released: it can be changed here again.</source>
        <translation>%1 liberado: puede volver a modificarse aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/caseload_page.py" line="728" />
        <source>Operator saved.</source>
        <translation>Operador guardado.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="55" />
        <source>Which cases go to the laptop</source>
        <extracomment>"Cases with audits in the next N days".</extracomment>
        <translation>Qué expedientes van al portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="58" />
        <source>The cases are copied into an encrypted package file. Until they come back, they are read-only in this database.</source>
        <translation>Los expedientes se copian en un archivo de paquete cifrado. Hasta que vuelvan, son de solo lectura en esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="65" />
        <source>Validator who takes the cases</source>
        <translation>Validador que se lleva los expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="68" />
        <source>The validator's open &amp;caseload</source>
        <translation>La &amp;carga de trabajo abierta del validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="71" />
        <source>The validator's cases with an &amp;audit in the next %1 days</source>
        <translation>Los expedientes del validador con una &amp;auditoría en los próximos %1 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="78" />
        <source>The %n case(s) &amp;selected in the case list</source>
        <translation><numerusform>El expediente &amp;seleccionado en la lista (%n)</numerusform><numerusform>Los %n expedientes &amp;seleccionados en la lista</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="80" />
        <source>The cases &amp;selected in the case list (none is selected now)</source>
        <translation>Los expedientes &amp;seleccionados en la lista (ahora no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="92" />
        <source>Laptop name or asset tag</source>
        <translation>Nombre o etiqueta de inventario del portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="103" />
        <source>Cases to check out</source>
        <translation>Expedientes a los que dar salida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="106" />
        <source>&amp;Validator:</source>
        <translation>&amp;Validador:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="109" />
        <source>&amp;Laptop:</source>
        <translation>&amp;Portátil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="216" />
        <source>No case matches: choose another validator or option.</source>
        <translation>Ningún expediente coincide: elija otro validador u otra opción.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="222" />
        <source>%n of these cases are already out on a laptop: </source>
        <translation><numerusform>%n de estos expedientes ya está fuera en un portátil: </numerusform><numerusform>%n de estos expedientes ya están fuera en un portátil: </numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="226" />
        <source>Check them in, or release them, first.</source>
        <translation>Primero deles entrada o libérelos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="230" />
        <source>%n case(s) will be checked out:</source>
        <translation><numerusform>Se dará salida a %n expediente:</numerusform><numerusform>Se dará salida a %n expedientes:</numerusform></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="193" />
        <source>Hello %1. Your password was set by an administrator: choose your own before you go on. Only you will know it.</source>
        <translation>Hola, %1. Su contraseña la estableció un administrador: elija la suya antes de continuar. Solo usted la conocerá.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="201" />
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="203" />
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="209" />
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="210" />
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="212" />
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="213" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="227" />
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="230" />
        <source>&amp;Quit AEO Desk</source>
        <translation>&amp;Salir de AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="231" />
        <source>The password must be changed before AEO Desk opens</source>
        <translation>Debe cambiar la contraseña antes de que se abra AEO Desk</translation>
    </message>
</context>
<context>
    <name>CheckinWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="643" />
        <source>Check in a return package</source>
        <translation>Dar entrada a un paquete de retorno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="649" />
        <source>Which package</source>
        <translation>Qué paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="650" />
        <source>The return package a validator brought back from the field.</source>
        <translation>El paquete de retorno que un validador trajo del trabajo de campo.</translation>
    </message>
</context>
<context>
    <name>CheckoutWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="327" />
        <source>Check out cases to a laptop</source>
        <translation>Dar salida a expedientes hacia un portátil</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="123" />
        <source>Conflicts to decide</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="126" />
        <source>These were changed at the office and on the laptop. Nothing is overwritten until you decide each one.</source>
        <translation>Se modificaron en la oficina y en el portátil. No se sobrescribe nada hasta que usted resuelva cada uno.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="131" />
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="134" />
        <source>Case conflicts</source>
        <translation>Conflictos de expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="136" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="174" />
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="136" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="136" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="174" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="146" />
        <source>&amp;Merge the laptop's changes</source>
        <translation>&amp;Fusionar los cambios del portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="149" />
        <source>&amp;Discard the laptop's changes to this case</source>
        <translation>&amp;Descartar los cambios del portátil en este expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="167" />
        <source>Changed on both sides</source>
        <translation>Modificado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="170" />
        <source>Row conflicts</source>
        <translation>Conflictos de filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="174" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="184" />
        <source>Fields, office and laptop side by side</source>
        <translation>Campos, oficina y portátil lado a lado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="186" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="186" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="186" />
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="197" />
        <source>Keep the &amp;office's version</source>
        <translation>Conservar la versión de la &amp;oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="199" />
        <source>Take the &amp;laptop's version</source>
        <translation>Tomar la versión del &amp;portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="206" />
        <source>Keep office for &amp;all</source>
        <translation>Oficina para t&amp;odos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="209" />
        <source>&amp;Take laptop for all</source>
        <translation>Portátil para &amp;todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="274" />
        <source>Cases (%1)</source>
        <translation>Expedientes (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="276" />
        <source>Changed on both sides (%1)</source>
        <translation>Modificados en ambos lados (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="358" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="359" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="360" />
        <source>Keep office</source>
        <translation>Conservar oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="361" />
        <source>Take laptop</source>
        <translation>Tomar portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="368" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="379" />
        <source>To decide</source>
        <translation>Por resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="375" />
        <source>(case discarded)</source>
        <translation>(expediente descartado)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="386" />
        <source>All %1 conflict(s) decided.</source>
        <translation>Todos los conflictos resueltos (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="388" />
        <source>%1 of %2 conflict(s) still to decide.</source>
        <translation>Quedan %1 de %2 conflictos por resolver.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="412" />
        <source>Not possible: the case is out on another laptop now.</source>
        <translation>No es posible: el expediente está ahora fuera en otro portátil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="450" />
        <source>%1 of case %2: %3</source>
        <translation>%1 del expediente %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="456" />
        <source>Differs in: %1</source>
        <translation>Difiere en: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="465" />
        <source>(deleted at the office)</source>
        <translation>(eliminado en la oficina)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="466" />
        <source>(deleted on the laptop)</source>
        <translation>(eliminado en el portátil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="480" />
        <source>%1: differs</source>
        <translation>%1: difiere</translation>
    </message>
</context>
<context>
    <name>ContactAssignDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="41" />
        <source>Assign a contact officer</source>
        <extracomment>How many operator names the dialog lists before "and N more".</extracomment>
        <translation>Asignar un responsable de contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="51" />
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="55" />
        <source>Operators:</source>
        <translation>Operadores:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="64" />
        <source>– choose an officer –</source>
        <translation>– elija un funcionario –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="67" />
        <source>%1 – carries %2 of %3</source>
        <translation>%1 – %2 de %3 a su cargo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="73" />
        <source>&amp;Officer:</source>
        <translation>&amp;Funcionario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="78" />
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="79" />
        <source>Backup</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="81" />
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="89" />
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="94" />
        <source>Optional, e.g. why this officer</source>
        <translation>Opcional, p. ej., por qué este funcionario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="95" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_assign_dialog.py" line="116" />
        <source>%1 would carry %2 operators, more than the maximum of %3.</source>
        <translation>%1 tendría %2 operadores a su cargo, más que el máximo de %3.</translation>
    </message>
</context>
<context>
    <name>ContactEndDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="24" />
        <source>End a contact assignment</source>
        <translation>Finalizar una asignación de contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="29" />
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="29" />
        <source>backup</source>
        <translation>suplente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="31" />
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 contact of &lt;b&gt;%3&lt;/b&gt;, since %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; como contacto %2 de &lt;b&gt;%3&lt;/b&gt;, desde el %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="45" />
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_end_dialog.py" line="48" />
        <source>The assignment stays in the operator's history. To move all of an officer's operators at once, use a handover.</source>
        <translation>La asignación se conserva en el historial del operador. Para trasladar de una vez todos los operadores de un funcionario, utilice un traspaso.</translation>
    </message>
</context>
<context>
    <name>ContactHistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="52" />
        <source>Contact history – %1</source>
        <extracomment>Each assignment status's colour, by meaning (theme.colour: read as the rows are drawn). Something was written (an assignment made or ended, a contact logged).</extracomment>
        <translation>Historial de contactos – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="60" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="61" />
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="62" />
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="67" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="68" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="68" />
        <source>Backup</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="70" />
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="92" />
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="71" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="72" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="74" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="78" />
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="83" />
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="90" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="91" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="93" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="95" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="105" />
        <source>Contacts logged</source>
        <translation>Contactos registrados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="111" />
        <source>No contact officer yet. Use “Assign contact…” to give this operator one.</source>
        <translation>Aún no hay responsable de contacto. Use “Asignar contacto…” para asignar uno a este operador.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="115" />
        <source>No contacts logged with this operator yet. Use “Log a contact…”.</source>
        <translation>Aún no hay contactos registrados con este operador. Use “Registrar un contacto…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="117" />
        <source>&amp;Assign contact…</source>
        <translation>&amp;Asignar contacto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="120" />
        <source>&amp;End assignment…</source>
        <translation>&amp;Finalizar asignación…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="123" />
        <source>&amp;Log a contact…</source>
        <translation>&amp;Registrar un contacto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="142" />
        <source>&lt;b&gt;Assignments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Asignaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="145" />
        <source>&lt;b&gt;Contacts logged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactos registrados&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="166" />
        <source>Handover from %1</source>
        <translation>Traspaso de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="194" />
        <source>Primary contact: %1 · Backup: %2</source>
        <translation>Contacto principal: %1 · Suplente: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="189" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="39" />
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="51" />
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="62" />
        <source>O&amp;perator:</source>
        <translation>O&amp;perador:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="55" />
        <source>Type a name or an EORI…</source>
        <translation>Escriba un nombre o un EORI…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="56" />
        <source>Find the operator</source>
        <translation>Buscar el operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="57" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="72" />
        <source>O&amp;fficer:</source>
        <translation>&amp;Funcionario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="76" />
        <source>&amp;Date:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="82" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="83" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="84" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="85" />
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="86" />
        <source>Outreach event</source>
        <translation>Evento de divulgación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="90" />
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="95" />
        <source>What it was about</source>
        <translation>De qué se trató</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="96" />
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="103" />
        <source>Advice given, questions answered (optional)</source>
        <translation>Asesoramiento prestado, preguntas respondidas (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="104" />
        <source>&amp;Advice:</source>
        <translation>&amp;Asesoramiento:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="107" />
        <source>Fo&amp;llow up on</source>
        <translation>Se&amp;guimiento el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="110" />
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="117" />
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="119" />
        <source>A follow-up appears in the list of follow-ups due.</source>
        <translation>El seguimiento aparece en la lista de seguimientos pendientes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_log_dialog.py" line="154" />
        <source>choose an operator.</source>
        <translation>elija un operador.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="196" />
        <source>Coverage</source>
        <extracomment>The coverage list shows at most this many operators (the count says how many in all). False only when the unit has no operator at all (the empty coverage says so). A handover went through (its id), after the page has refreshed. Something was written (assignments, log, rules): other pages may want to refresh. The page shows fresh data (after :meth:`refresh` or a filter change).</extracomment>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="197" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="874" />
        <source>Officers</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="198" />
        <source>Handover</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="199" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1010" />
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="200" />
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="201" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="204" />
        <source>Export the coverage list or the contact log as shown</source>
        <translation>Exportar la lista de cobertura o el registro de contactos tal como se muestran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="219" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="261" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="222" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="260" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="225" />
        <source>Size class</source>
        <translation>Categoría de tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="226" />
        <source>All sizes</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="228" />
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="229" />
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="230" />
        <source>Medium</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="231" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="237" />
        <source>Contact history…</source>
        <translation>Historial de contactos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="240" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1037" />
        <source>Assign contact…</source>
        <translation>Asignar contacto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="245" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="258" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="326" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="440" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="259" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="325" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="439" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="512" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="565" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="262" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="443" />
        <source>Backup</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="263" />
        <source>Previous primary</source>
        <translation>Principal anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="264" />
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="289" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="334" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="513" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="566" />
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="290" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="292" />
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="297" />
        <source>MSMEs</source>
        <translation>Pymes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="298" />
        <source>Backups</source>
        <translation>Suplencias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="300" />
        <source>Load / max</source>
        <translation>Carga / máx.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="305" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="561" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="314" />
        <source>Hand over…</source>
        <translation>Traspasar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="327" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="329" />
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="345" />
        <source>Double-click an operator for its contact history. To rotate, end the assignment there and assign another officer, or hand over under Handover.</source>
        <translation>Haga doble clic en un operador para ver su historial de contactos. Para rotar, finalice allí la asignación y asigne otro funcionario, o haga un traspaso en Traspaso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="377" />
        <source>&amp;Outgoing officer:</source>
        <translation>Funcionario &amp;saliente:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="381" />
        <source>&amp;Successors:</source>
        <translation>S&amp;ucesores:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="388" />
        <source>&amp;Effective date:</source>
        <translation>&amp;Fecha de efecto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="391" />
        <source>e.g. rotation to the Lyon office</source>
        <translation>p. ej., rotación a la oficina de Lyon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="393" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="400" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="402" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="413" />
        <source>O&amp;perators:</source>
        <translation>O&amp;peradores:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="416" />
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="419" />
        <source>&amp;Confirm handover</source>
        <translation>&amp;Confirmar traspaso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="442" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="443" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="445" />
        <source>New officer</source>
        <translation>Nuevo funcionario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="467" />
        <source>Handovers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="471" />
        <source>Effective</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="472" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="473" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="474" />
        <source>Moved</source>
        <translation>Trasladados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="475" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="476" />
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="501" />
        <source>Log a contact…</source>
        <translation>Registrar un contacto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="511" />
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="517" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="521" />
        <source>Advice</source>
        <translation>Asesoramiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="543" />
        <source>due within </source>
        <translation>con vencimiento en </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="544" />
        <source> days, and every overdue one</source>
        <translation> días, y todos los vencidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="546" />
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="556" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="562" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="562" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="568" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="598" />
        <source>Integrity rules</source>
        <translation>Reglas de integridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="605" />
        <source> operators</source>
        <translation> operadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="606" />
        <source>&amp;Maximum per officer:</source>
        <translation>&amp;Máximo por funcionario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="607" />
        <source>Officers above it are highlighted under Officers.</source>
        <translation>Los funcionarios que lo superan se resaltan en Funcionarios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="611" />
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="612" />
        <source>&amp;Warn after:</source>
        <translation>&amp;Avisar después de:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="616" />
        <source>…with the same officer as an operator's primary contact (rotation).</source>
        <translation>…con el mismo funcionario como contacto principal de un operador (rotación).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="621" />
        <source>Warn</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="622" />
        <source>Refuse the assignment</source>
        <translation>Rechazar la asignación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="623" />
        <source>Do not check</source>
        <translation>No comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="624" />
        <source>&amp;Validator is the contact:</source>
        <translation>&amp;Validador como contacto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="629" />
        <source>When a case is assigned to a validator who is also the operator's contact officer (primary or backup).</source>
        <translation>Cuando se asigna un expediente a un validador que también es responsable de contacto del operador (principal o suplente).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="638" />
        <source>&amp;Save rules</source>
        <translation>&amp;Guardar reglas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="687" />
        <source>Left on %1 – hand over</source>
        <translation>Cesó el %1 – traspasar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="688" />
        <source>Not a contact officer in post – hand over</source>
        <translation>Ya no es responsable de contacto en activo – traspasar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="690" />
        <source>Over the maximum by %1</source>
        <translation>Supera el máximo en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="697" />
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="698" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="699" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="700" />
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="701" />
        <source>Outreach event</source>
        <translation>Evento de divulgación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="792" />
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="793" />
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="811" />
        <source>&lt;b&gt;%1&lt;/b&gt; operators have no primary contact officer, &lt;b&gt;%2&lt;/b&gt; of them MSMEs.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; operadores no tienen responsable de contacto principal; &lt;b&gt;%2&lt;/b&gt; de ellos son pymes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="815" />
        <source>These filters show %1 (%2 MSMEs).</source>
        <translation>Estos filtros muestran %1 (%2 pymes).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="819" />
        <source>The first %1 are listed; narrow the filters.</source>
        <translation>Se muestran los %1 primeros; acote los filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="826" />
        <source>No operators yet. Import the operator register (Reports → Import → Operators) or add operators (Ctrl+Shift+N); those without a contact officer are listed here, MSMEs first.</source>
        <translation>Aún no hay operadores. Importe el registro de operadores (Informes → Importar → Operadores) o añada operadores (Ctrl+Shift+N); los que no tengan responsable de contacto aparecerán aquí, primero las pymes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="832" />
        <source>Every operator matching these filters has a primary contact officer.</source>
        <translation>Todos los operadores que coinciden con estos filtros tienen responsable de contacto principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="835" />
        <source>Every operator has a primary contact officer.</source>
        <translation>Todos los operadores tienen responsable de contacto principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="840" />
        <source>Coverage (%1 without a contact)</source>
        <translation>Cobertura (%1 sin contacto)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="855" />
        <source>No contact officers in post. Give staff the role “contact officer” to make them operators' contact points.</source>
        <translation>No hay responsables de contacto en activo. Asigne al personal la función “responsable de contacto” para que sean puntos de contacto de los operadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="862" />
        <source>Long tenure: the same primary contact beyond the %1-year limit (%2)</source>
        <translation>Permanencia prolongada: el mismo contacto principal más allá del límite de %1 años (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="868" />
        <source>No operator has had the same primary contact beyond the %1-year limit.</source>
        <translation>Ningún operador ha tenido el mismo contacto principal más allá del límite de %1 años.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="883" />
        <source>Maximum per officer: &lt;b&gt;%1&lt;/b&gt; operators as primary contact.</source>
        <translation>Máximo por funcionario: &lt;b&gt;%1&lt;/b&gt; operadores como contacto principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="888" />
        <source>&lt;span style='color:%2'&gt;&lt;b&gt;Over the maximum: %1.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='color:%2'&gt;&lt;b&gt;Por encima del máximo: %1.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="892" />
        <source>&lt;span style='color:%2'&gt;&lt;b&gt;No longer contact officers in post but still carrying operators: %1 (hand them over).&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='color:%2'&gt;&lt;b&gt;Ya no son responsables de contacto en activo pero aún tienen operadores a su cargo: %1 (traspáselos).&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="902" />
        <source>– choose –</source>
        <translation>– elija –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="905" />
        <source>%1 – carries %2</source>
        <translation>%1 – %2 a su cargo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="907" />
        <source>not in post</source>
        <translation>no en activo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="925" />
        <source>%1 – %2 of %3</source>
        <translation>%1 – %2 de %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="952" />
        <source>(backup)</source>
        <translation>(suplente)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="963" />
        <source>Handovers (%1)</source>
        <translation>Traspasos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="966" />
        <source>No handovers yet. When an officer rotates out, hand their operators over here.</source>
        <translation>Aún no hay traspasos. Cuando un funcionario rote, traspase aquí sus operadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="976" />
        <source>Most recent contacts with operators, newest first: %1.</source>
        <translation>Contactos más recientes con operadores, del más nuevo al más antiguo: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="984" />
        <source>No contacts logged yet. Use “Log a contact…” after each visit, call, e-mail, seminar or outreach event.</source>
        <translation>Aún no hay contactos registrados. Use “Registrar un contacto…” después de cada visita, llamada, correo electrónico, seminario o evento de divulgación.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1002" />
        <source>Follow-ups due (%1 due, %2 overdue)</source>
        <translation>Seguimientos pendientes (%1 por vencer, %2 vencidos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1006" />
        <source>No follow-ups due in this window, and none overdue.</source>
        <translation>No hay seguimientos pendientes en este periodo ni ninguno vencido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1035" />
        <source>Assign contact… (%1 selected)</source>
        <translation>Asignar contacto… (%1 seleccionados)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1044" />
        <source>Select one or more operators in the list.</source>
        <translation>Seleccione uno o más operadores en la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1112" />
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1250" />
        <source>This officer carries no operators to hand over.</source>
        <translation>Este funcionario no tiene operadores a su cargo que traspasar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1174" />
        <source>Choose the outgoing officer.</source>
        <translation>Elija el funcionario saliente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1176" />
        <source>Nothing to hand over.</source>
        <translation>No hay nada que traspasar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1178" />
        <source>%1 of %2 checked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1197" />
        <source>Choose the outgoing officer and one or more successors, then press Preview to see what moves.</source>
        <translation>Elija el funcionario saliente y uno o más sucesores; después pulse Vista previa para ver qué se traslada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1201" />
        <source>Press Preview to see which operators move to whom.</source>
        <translation>Pulse Vista previa para ver qué operadores pasan a quién.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1210" />
        <source>Outgoing officer: choose who hands over.</source>
        <translation>Funcionario saliente: elija quién hace el traspaso.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1233" />
        <source>Operators: check at least one operator to hand over.</source>
        <translation>Operadores: marque al menos un operador que traspasar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1267" />
        <source>&lt;b&gt;Handover recorded.&lt;/b&gt; Assignments moved: %6 (%4 MSMEs), from %1 to %2, effective %3.</source>
        <translation>&lt;b&gt;Traspaso registrado.&lt;/b&gt; Asignaciones trasladadas: %6 (%4 pymes), de %1 a %2, con efecto el %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1272" />
        <source>&lt;b&gt;Assignments to move: %6&lt;/b&gt; (%4 MSMEs), from %1 to %2 on %3. %1's last day as their contact: %5.</source>
        <translation>&lt;b&gt;Asignaciones que se trasladarán: %6&lt;/b&gt; (%4 pymes), de %1 a %2 el %3. Último día de %1 como su contacto: %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1296" />
        <source>Over the maximum of %1 after the handover: %2.</source>
        <translation>Por encima del máximo de %1 tras el traspaso: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1348" />
        <source>Handing over…</source>
        <translation>Traspasando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/contacts_page.py" line="1441" />
        <source>Saved. Loads and tenure warnings use the new rules.</source>
        <translation>Guardado. Las cargas y los avisos de permanencia aplican las nuevas reglas.</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="56" />
        <source>Which cases go back</source>
        <translation>Qué expedientes se devuelven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="59" />
        <source>Every change made here to the ticked cases goes into the return package. They become read-only on this laptop once it is written.</source>
        <translation>Todos los cambios hechos aquí en los expedientes marcados van al paquete de retorno. Una vez generado, pasan a ser de solo lectura en este portátil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="65" />
        <source>Field copies to return</source>
        <translation>Copias de campo que devolver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="70" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="79" />
        <source>Also list cases already &amp;returned (to write a lost package again)</source>
        <translation>Incluir también los expedientes ya &amp;devueltos (para volver a generar un paquete perdido)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="83" />
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="86" />
        <source>Tick n&amp;one</source>
        <translation>Desmarcar to&amp;dos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="150" />
        <source>There are no field copies on this laptop: open a package first.</source>
        <translation>No hay copias de campo en este portátil: abra primero un paquete.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="154" />
        <source>Every case here was returned already. Tick the box to write one again.</source>
        <translation>Todos los expedientes de aquí ya se devolvieron. Marque la casilla para volver a generar uno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="157" />
        <source>%n case(s) ticked.</source>
        <translation><numerusform>%n expediente marcado.</numerusform><numerusform>%n expedientes marcados.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="94" />
        <source>Manager's dashboard</source>
        <translation>Panel de gestión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="100" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="122" />
        <source>Open cases per validator, by state</source>
        <translation>Expedientes abiertos por validador, según estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="129" />
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="150" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="130" />
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="131" />
        <source>Load / capacity</source>
        <translation>Carga / capacidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="132" />
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="142" />
        <source>Load against capacity (weighted)</source>
        <translation>Carga frente a capacidad (ponderada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="146" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="147" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="148" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="149" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="165" />
        <source>Overdue cases</source>
        <translation>Expedientes vencidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="168" />
        <source>Deadlines in the next 14 days</source>
        <translation>Plazos en los próximos 14 días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="270" />
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="291" />
        <source>No open cases. The chart fills as cases come in: create one on the Caseload page (Ctrl+N) or import operators (Reports → Import).</source>
        <translation>No hay expedientes abiertos. El gráfico se llena a medida que entran expedientes: cree uno en la página Carga de trabajo (Ctrl+N) o importe operadores (Informes → Importar).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="301" />
        <source>No validators in post. Import the unit's staff (Reports → Import → Staff) with the validator role and a capacity.</source>
        <translation>No hay validadores en activo. Importe el personal de la unidad (Informes → Importar → Personal) con la función de validador y una capacidad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="308" />
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="315" />
        <source>No deadline in the next %1 days.</source>
        <translation>No hay plazos en los próximos %1 días.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="321" />
        <source>Overdue cases (first %1 of %2)</source>
        <translation>Expedientes vencidos (primeros %1 de %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="325" />
        <source>Overdue cases (%1)</source>
        <translation>Expedientes vencidos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="330" />
        <source>Deadlines in the next %1 days (first %2 of %3)</source>
        <translation>Plazos en los próximos %1 días (primeros %2 de %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="336" />
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>Plazos en los próximos %1 días (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="408" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Vencido hace %n día</numerusform><numerusform>Vencido hace %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/dashboard_page.py" line="411" />
        <source>%n day(s) left</source>
        <translation><numerusform>Queda %n día</numerusform><numerusform>Quedan %n días</numerusform></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="23" />
        <source>Extend decision period – %1</source>
        <translation>Prorrogar el plazo de decisión – %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="28" />
        <source>The programme allows %n more day(s) of extension.</source>
        <translation><numerusform>El programa permite %n día más de prórroga.</numerusform><numerusform>El programa permite %n días más de prórroga.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="34" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="35" />
        <source>&amp;Extend by:</source>
        <translation>&amp;Prorrogar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/extension_dialog.py" line="40" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>FieldStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="31" />
        <source>Where are my cases</source>
        <translation>Dónde están mis expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="36" />
        <source>Out on field laptops (read-only here):</source>
        <translation>En portátiles de campo (aquí solo lectura):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="40" />
        <source>Cases out on field laptops</source>
        <translation>Expedientes en portátiles de campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="42" />
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="43" />
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="44" />
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="45" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="46" />
        <source>Checked out by</source>
        <translation>Salida registrada por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="63" />
        <source>Field copies on this laptop:</source>
        <translation>Copias de campo en este portátil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="67" />
        <source>Field copies on this laptop</source>
        <translation>Copias de campo en este portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="68" />
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_status_dialog.py" line="85" />
        <source>No case is out on a field laptop, and this database holds no field copies.</source>
        <translation>Ningún expediente está en un portátil de campo y esta base de datos no contiene copias de campo.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="183" />
        <source>Nobody signs in to this database yet. Create its administrator: the person who adds the unit's users, resets their passwords and can encrypt the file. From now on, everyone signs in with their own user name and password.</source>
        <translation>Todavía nadie inicia sesión en esta base de datos. Cree su administrador: la persona que añade los usuarios de la unidad, restablece sus contraseñas y puede cifrar el archivo. A partir de ahora, cada uno inicia sesión con su propio nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="194" />
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="197" />
        <source>Staff member (optional)</source>
        <translation>Funcionario (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="198" />
        <source>(not linked to a staff member)</source>
        <translation>(no vinculado a un funcionario)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="201" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="202" />
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="204" />
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="205" />
        <source>&amp;Staff member:</source>
        <translation>&amp;Funcionario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="206" />
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="207" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="222" />
        <source>&amp;Create and sign in</source>
        <translation>C&amp;rear e iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="223" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="14" />
        <source>Welcome to AEO Desk</source>
        <translation>Bienvenido a AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="19" />
        <source>&lt;h3&gt;Welcome to AEO Desk&lt;/h3&gt;&lt;p&gt;There is no database yet at&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Open the demo&lt;/b&gt; to explore the app with about 300 operators, 25 staff and 600 cases in every state (made-up data).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start empty&lt;/b&gt; to begin entering your unit's own operators and cases.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a AEO Desk&lt;/h3&gt;&lt;p&gt;Todavía no hay ninguna base de datos en&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Abra la demostración&lt;/b&gt; para explorar la aplicación con unos 300 operadores, 25 funcionarios y 600 expedientes en todos los estados (datos ficticios).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Empiece en blanco&lt;/b&gt; para comenzar a introducir los operadores y expedientes de su unidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="31" />
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/first_run_dialog.py" line="34" />
        <source>Start &amp;empty</source>
        <translation>Empezar en &amp;blanco</translation>
    </message>
</context>
<context>
    <name>ForceReleaseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="32" />
        <source>Force release of %1</source>
        <translation>Liberación forzada de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="41" />
        <source>Releasing makes the case editable here again now, without waiting for the laptop. Whatever the validator changes on the laptop afterwards is not lost: when the return package is checked in, those changes come back as conflicts, shown side by side for someone to decide. Nothing is overwritten silently.</source>
        <translation>La liberación permite volver a editar el expediente aquí ahora mismo, sin esperar al portátil. Lo que el validador cambie después en el portátil no se pierde: cuando se dé entrada al paquete de retorno, esos cambios vuelven como conflictos, mostrados uno junto a otro para que alguien decida. Nada se sobrescribe sin avisar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="51" />
        <source>&amp;Reason (required, recorded with the case):</source>
        <translation>&amp;Motivo (obligatorio, se registra con el expediente):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="54" />
        <source>Reason for the forced release</source>
        <translation>Motivo de la liberación forzada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="57" />
        <source>For example: laptop lost; the operator's answer is urgent</source>
        <translation>Por ejemplo: portátil extraviado; la respuesta del operador es urgente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="66" />
        <source>&amp;Force release</source>
        <translation>&amp;Forzar la liberación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_release_dialog.py" line="89" />
        <source>A reason is required.</source>
        <translation>Se requiere un motivo.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="86" />
        <source>AEO Desk guide</source>
        <extracomment>The pages each page points to at its end. The list's icon for each page (a screen's page has the navigation's icon).</extracomment>
        <translation>Guía de AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="95" />
        <source>Pages of the guide</source>
        <translation>Páginas de la guía</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="106" />
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="162" />
        <source>See also:</source>
        <translation>Véase también:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="76" />
        <source>Nothing is imported until the file has no problem left; then every row is imported at once, and importing the same file again changes nothing.</source>
        <translation>No se importa nada mientras el archivo tenga algún problema; después, todas las filas se importan de una vez, y volver a importar el mismo archivo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="85" />
        <source>Choose an .xlsx or .csv file</source>
        <translation>Elija un archivo .xlsx o .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="86" />
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="87" />
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="90" />
        <source>&amp;Download template…</source>
        <translation>&amp;Descargar plantilla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="98" />
        <source>No file chosen yet.</source>
        <translation>Todavía no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="105" />
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="113" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="106" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="107" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="114" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="115" />
        <source>Matched by</source>
        <translation>Coincidencia por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="116" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="117" />
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="122" />
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="124" />
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="126" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="127" />
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="131" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="194" />
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="218" />
        <source>%1 to add, %2 to update, %3 unchanged.</source>
        <translation>%1 por añadir, %2 por actualizar, %3 sin cambios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="225" />
        <source>%1 problem(s): correct the file and choose it again. Nothing is imported while a problem is left.</source>
        <translation>%1 problema(s): corrija el archivo y vuelva a elegirlo. No se importa nada mientras quede algún problema.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="229" />
        <source>Nothing to change: the database already holds this file.</source>
        <translation>Nada que cambiar: la base de datos ya contiene este archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="231" />
        <source>No problems: the file can be imported.</source>
        <translation>Sin problemas: el archivo se puede importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="232" />
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="250" />
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="251" />
        <source>Rows (%1)</source>
        <translation>Filas (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="260" />
        <source>The file could not be checked.</source>
        <translation>No se pudo comprobar el archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="272" />
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="279" />
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="287" />
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Importado: %1 añadidos, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="303" />
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="312" />
        <source>Save the import template</source>
        <translation>Guardar la plantilla de importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_dialog.py" line="325" />
        <source>Template saved to %1.</source>
        <translation>Plantilla guardada en %1.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="25" />
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>What it does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/lock.py" line="115" />
        <source>AEO Desk is locked. Enter your password to go on.</source>
        <extracomment>What counts as someone using the application.</extracomment>
        <translation>AEO Desk está bloqueado. Introduzca su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="121" />
        <location filename="../../desktop/ui/lock.py" line="122" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="123" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock.py" line="142" />
        <source>Locked — %1</source>
        <translation>Bloqueado — %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="79" />
        <source>Sign in – AEO Desk</source>
        <extracomment>``done()`` code when the file itself cannot be opened (damaged, not ours): the start-up offers the newest good backup.</extracomment>
        <translation>Iniciar sesión – AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="93" />
        <source>User name</source>
        <extracomment>The password typed, kept only when it must be changed now (it is the "current" password of the change that follows).</extracomment>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="94" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="96" />
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="97" />
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="117" />
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="122" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="147" />
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>Navigation</source>
        <extracomment>The field-laptop state (what is out, what is held here) is read this long after start-up: it loads the package machinery (cryptography), which the first screen does not need. Pages that site mode keeps (the operator's cases and audits); the others are hidden. The guide's page for each page of the window, in page order (F1); the pages' icons have the same names. The file was converted (encrypted or not): the window to open on it, and what to say.</extracomment>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>Caseload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <location filename="../../desktop/ui/main_window.py" line="1008" />
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>Contact points</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>Converting the database…</source>
        <translation>Convirtiendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246" />
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249" />
        <source>New &amp;operator…</source>
        <translation>Nuevo &amp;operador…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252" />
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar expediente…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255" />
        <source>&amp;Assign selected…</source>
        <translation>&amp;Asignar seleccionados…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260" />
        <source>&amp;Plan audit…</source>
        <translation>&amp;Planificar auditoría…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268" />
        <source>&amp;Export list…</source>
        <translation>&amp;Exportar la lista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272" />
        <source>&amp;My caseload</source>
        <translation>&amp;Mi carga de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274" />
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="278" />
        <source>&amp;Back up now</source>
        <translation>&amp;Copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>&amp;Verify database…</source>
        <translation>&amp;Verificar la base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Backup &amp;folder…</source>
        <translation>Carpeta de co&amp;pias…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>&amp;About AEO Desk</source>
        <translation>&amp;Acerca de AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288" />
        <source>&amp;Guide for this screen</source>
        <translation>&amp;Guía de esta pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291" />
        <source>&amp;Field laptops</source>
        <translation>&amp;Portátiles de campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294" />
        <source>&amp;Signing in, locking and site mode</source>
        <translation>&amp;Inicio de sesión, bloqueo y modo in situ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299" />
        <source>G&amp;lossary</source>
        <translation>G&amp;losario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="302" />
        <source>&amp;What's new</source>
        <translation>&amp;Novedades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310" />
        <source>Check &amp;out cases…</source>
        <translation>Dar &amp;salida a expedientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313" />
        <source>Check &amp;in package…</source>
        <translation>Dar &amp;entrada a un paquete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316" />
        <source>O&amp;pen package…</source>
        <translation>A&amp;brir paquete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319" />
        <location filename="../../desktop/ui/main_window.py" line="749" />
        <source>&amp;Return cases…</source>
        <translation>&amp;Devolver expedientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="322" />
        <source>&amp;Where are my cases</source>
        <translation>Dónde es&amp;tán mis expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327" />
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329" />
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331" />
        <source>&amp;Site mode: only this operator</source>
        <translation>&amp;Modo in situ: solo este operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337" />
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <source>&amp;Encryption…</source>
        <translation>Ci&amp;frado…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="343" />
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356" />
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357" />
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358" />
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371" />
        <source>Follow the s&amp;ystem</source>
        <translation>Seguir el s&amp;istema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="380" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="399" />
        <source>Acting as: </source>
        <translation>Actuando como: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="402" />
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410" />
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="418" />
        <source>Change password, lock, sign out</source>
        <translation>Cambiar contraseña, bloquear, cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="440" />
        <source>F&amp;ield laptop</source>
        <translation>&amp;Portátil de campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="443" />
        <source>At the office</source>
        <translation>En la oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="446" />
        <source>On the laptop</source>
        <translation>En el portátil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="458" />
        <source>&amp;Cases</source>
        <translation>&amp;Expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="471" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="479" />
        <source>&amp;Appearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="484" />
        <source>La&amp;nguage</source>
        <translation>Id&amp;ioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="489" />
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="500" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="517" />
        <source>(not a staff member)</source>
        <translation>(no es funcionario)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="620" />
        <source>Site mode: %n case(s) of %1</source>
        <translation><numerusform>Modo in situ: %n expediente de %1</numerusform><numerusform>Modo in situ: %n expedientes de %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="625" />
        <source>%1 of %2 cases shown  ·  %3 overdue  ·  acting as %4</source>
        <translation>%1 de %2 expedientes mostrados  ·  %3 vencidos  ·  actuando como %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="651" />
        <source>%n case(s) out on field laptops</source>
        <translation><numerusform>%n expediente en portátiles de campo</numerusform><numerusform>%n expedientes en portátiles de campo</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="657" />
        <source>%n field copies</source>
        <translation><numerusform>%n copia de campo</numerusform><numerusform>%n copias de campo</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="659" />
        <source>%n with changes not returned</source>
        <translation><numerusform>%n con cambios no devueltos</numerusform><numerusform>%n con cambios no devueltos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="662" />
        <source>%n returned</source>
        <translation><numerusform>%n devuelto</numerusform><numerusform>%n devueltos</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="741" />
        <source>Changes not returned</source>
        <translation>Cambios no devueltos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="742" />
        <source>%n case(s) have changes not yet returned to the office.</source>
        <translation><numerusform>%n expediente tiene cambios aún no devueltos a la oficina.</numerusform><numerusform>%n expedientes tienen cambios aún no devueltos a la oficina.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="745" />
        <source>They are safe in this database. Write a return package now, or close and return them later.</source>
        <translation>Están a salvo en esta base de datos. Genere ahora un paquete de retorno, o cierre y devuélvalos más tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="752" />
        <source>Close &amp;anyway</source>
        <translation>Cerrar &amp;de todos modos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="779" />
        <source>Audit planned. It is listed under Audits.</source>
        <translation>Auditoría planificada. Figura en Auditorías.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="806" />
        <source>Plan a site audit of the selected case's operator</source>
        <translation>Planificar una auditoría in situ del operador del expediente seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="865" />
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="867" />
        <source>The quick check of this database found problems. Work on it may be lost. Restore the newest good backup (Tools → Restore a backup…)?</source>
        <translation>La comprobación rápida de esta base de datos ha encontrado problemas. El trabajo realizado en ella podría perderse. ¿Restaurar la copia de seguridad válida más reciente (Herramientas → Restaurar una copia de seguridad…)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="885" />
        <source>Backup written to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="895" />
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="900" />
        <source>Backups will be written to %1</source>
        <translation>Las copias de seguridad se guardarán en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="983" />
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="985" />
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="990" />
        <source>Severity of the shortfall: %1</source>
        <translation>Gravedad del incumplimiento: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="994" />
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="996" />
        <source>Case list and case details</source>
        <translation>Lista de expedientes y detalle del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="998" />
        <source>In the quick search: search now, go to the results</source>
        <translation>En la búsqueda rápida: buscar ya e ir a los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="999" />
        <source>In the quick search: go to the results</source>
        <translation>En la búsqueda rápida: ir a los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1000" />
        <source>In the quick search: clear it</source>
        <translation>En la búsqueda rápida: borrarla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1001" />
        <source>No case found: clear the filters</source>
        <translation>Ningún expediente encontrado: borrar los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1002" />
        <source>Export the list as shown</source>
        <translation>Exportar la lista tal como se muestra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1003" />
        <source>In the list: copy the reference and operator</source>
        <translation>En la lista: copiar la referencia y el operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1004" />
        <source>Go to the case's next steps</source>
        <translation>Ir a los próximos pasos del expediente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1010" />
        <source>Open the selected audit's checklist</source>
        <translation>Abrir la lista de comprobación de la auditoría seleccionada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1011" />
        <source>Switch between the audits and the follow-up</source>
        <translation>Cambiar entre las auditorías y el seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1012" />
        <source>Export the list shown</source>
        <translation>Exportar la lista mostrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1016" />
        <source>Audit checklist</source>
        <translation>Lista de comprobación de la auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1020" />
        <source>Next unanswered item</source>
        <translation>Siguiente punto sin respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1021" />
        <source>Previous unanswered item</source>
        <translation>Punto anterior sin respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1022" />
        <source>Write a note on the item</source>
        <translation>Escribir una nota sobre el punto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1023" />
        <source>In the note: back to the list of items</source>
        <translation>En la nota: volver a la lista de puntos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1024" />
        <source>Attach evidence</source>
        <translation>Adjuntar evidencias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1025" />
        <source>In the evidence: remove the selected file</source>
        <translation>En las evidencias: quitar el archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1026" />
        <source>Finalise the audit</source>
        <translation>Finalizar la auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1027" />
        <source>Back to the list of audits</source>
        <translation>Volver a la lista de auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1031" />
        <source>Dialogs and wizards</source>
        <translation>Diálogos y asistentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1033" />
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1034" />
        <source>Previous field</source>
        <translation>Campo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1035" />
        <source>OK, or Next in a wizard</source>
        <translation>Aceptar, o Siguiente en un asistente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1036" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1099" />
        <source>The language changes the next time AEO Desk starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie AEO Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1106" />
        <source>About AEO Desk</source>
        <translation>Acerca de AEO Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1107" />
        <source>AEO Desk %1
Offline desk for Customs AEO units.
Database: %2</source>
        <translation>AEO Desk %1
Aplicación sin conexión para las unidades OEA de Aduanas.
Base de datos: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1302" />
        <source>Select a case of the operator you are visiting, then site mode.</source>
        <translation>Seleccione un expediente del operador que visita y, después, el modo in situ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1328" />
        <location filename="../../desktop/ui/main_window.py" line="1339" />
        <source>Leave site mode</source>
        <translation>Salir del modo in situ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1329" />
        <source>Show every operator's cases and audits again?</source>
        <translation>¿Volver a mostrar los expedientes y auditorías de todos los operadores?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1341" />
        <source>Site mode shows only %1. Enter your password to show every operator again.</source>
        <translation>El modo in situ solo muestra %1. Introduzca su contraseña para volver a mostrar todos los operadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1415" />
        <source>Your password was changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1465" />
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1465" />
        <source>not encrypted</source>
        <translation>no cifrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1467" />
        <source>The database is now %1. The file as it was is kept in %2.</source>
        <translation>La base de datos ahora está %1. El archivo tal como estaba se conserva en %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1474" />
        <source>The database was not converted.</source>
        <translation>La base de datos no se ha convertido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1481" />
        <source>Encrypting the database…</source>
        <translation>Cifrando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1483" />
        <source>Storing the database unencrypted…</source>
        <translation>Guardando la base de datos sin cifrar…</translation>
    </message>
</context>
<context>
    <name>MinistryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="62" />
        <source>Ministry workbook</source>
        <translation>Libro para el ministerio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="72" />
        <source>The unit's figures for a period, in the fixed layout the ministry receives: operators, applications, processing times, audits, corrective actions, contact coverage and staff training. Flows count what happened in the period; states are taken at its last day.</source>
        <translation>Las cifras de la unidad para un período, con el formato fijo que recibe el ministerio: operadores, solicitudes, plazos de tramitación, auditorías, acciones correctivas, cobertura de contactos y formación del personal. Los flujos cuentan lo ocurrido en el período; los estados se toman en su último día.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="94" />
        <source>Last &amp;month</source>
        <translation>Último &amp;mes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="95" />
        <source>Last &amp;quarter</source>
        <translation>Último &amp;trimestre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="96" />
        <source>This &amp;year</source>
        <translation>Este &amp;año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="109" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="111" />
        <source>Choose where to save the workbook</source>
        <translation>Elija dónde guardar el libro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="117" />
        <source>Replace staff names with codes</source>
        <translation>Sustituir los nombres del personal por códigos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="121" />
        <source>Name each staff member by a code (ST-…) instead of their name. A person keeps the same code in every workbook of this unit.</source>
        <translation>Identificar a cada funcionario con un código (ST-…) en lugar de su nombre. Una persona conserva el mismo código en todos los libros de esta unidad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="127" />
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="128" />
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="130" />
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="145" />
        <source>Create &amp;workbook</source>
        <translation>Crear &amp;libro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="195" />
        <source>Save the ministry workbook</source>
        <translation>Guardar el libro para el ministerio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="197" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="256" />
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="284" />
        <source>Written to %1 (%2 rows on %3 sheets).</source>
        <translation>Guardado en %1 (%2 filas en %3 hojas).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/ministry_dialog.py" line="295" />
        <source>The workbook was not written.</source>
        <translation>No se ha guardado el libro.</translation>
    </message>
</context>
<context>
    <name>OpenPackageWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="187" />
        <source>Open a check-out package</source>
        <translation>Abrir un paquete de salida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="191" />
        <source>Which package</source>
        <translation>Qué paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="193" />
        <source>The package the office made for this laptop. Check where it comes from before you open it.</source>
        <translation>El paquete que la oficina generó para este portátil. Compruebe su procedencia antes de abrirlo.</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="122" />
        <source>The cases are added to this database in one step: all of them or none.</source>
        <translation>Los expedientes se añaden a esta base de datos en un solo paso: todos o ninguno.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="126" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="134" />
        <source>Opening the package…</source>
        <translation>Abriendo el paquete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="137" />
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>OpenResultPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="147" />
        <source>Package opened</source>
        <translation>Paquete abierto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="152" />
        <source>Cases opened</source>
        <translation>Expedientes abiertos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="161" />
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="162" />
        <source>This package was opened here before; nothing changed.</source>
        <translation>Este paquete ya se abrió aquí; no ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="167" />
        <source>Work on them as usual; every answer is saved here at once. Return them with File → Field laptop → Return cases….</source>
        <translation>Trabaje con ellos como de costumbre; cada respuesta se guarda aquí al instante. Devuélvalos con Archivo → Portátil de campo → Devolver expedientes….</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="172" />
        <source>%n case(s) from %1 for %2 (%3):</source>
        <translation><numerusform>%n expediente de %1 para %2 (%3):</numerusform><numerusform>%n expedientes de %1 para %2 (%3):</numerusform></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="50" />
        <source>New operator</source>
        <translation>Nuevo operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="50" />
        <source>Edit operator</source>
        <translation>Editar operador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="60" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="64" />
        <source>e.g. 35</source>
        <translation>p. ej., 35</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="65" />
        <source>EUR, e.g. 4.2M</source>
        <translation>EUR, p. ej., 4.2M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="66" />
        <source>EUR, optional</source>
        <translation>EUR, opcional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="68" />
        <source>&amp;Turnover:</source>
        <translation>&amp;Volumen de negocio:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="72" />
        <source>&amp;Balance sheet:</source>
        <translation>&amp;Balance:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="76" />
        <source>&amp;Headcount:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="84" />
        <source>Size class:</source>
        <translation>Categoría de tamaño:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="90" />
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="95" />
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="100" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="102" />
        <source>Supply-chain r&amp;oles</source>
        <translation>F&amp;unciones en la cadena de suministro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="112" />
        <source>&amp;Identifiers</source>
        <translation>&amp;Identificadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="116" />
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="120" />
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="120" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="120" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="128" />
        <source>A&amp;dd identifier</source>
        <translation>Añadir i&amp;dentificador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="131" />
        <source>Re&amp;move selected</source>
        <translation>&amp;Quitar seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="160" />
        <source>Identifier scheme, row %1</source>
        <translation>Esquema de identificador, fila %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="194" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="198" />
        <source>MSME</source>
        <translation>pyme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/operator_dialog.py" line="216" />
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
</context>
<context>
    <name>PackageFileRow</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="165" />
        <source>Where to write the package</source>
        <extracomment>The person typed or chose a path: suggestions no longer replace it.</extracomment>
        <translation>Dónde guardar el paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="165" />
        <source>Choose a package file</source>
        <translation>Elija un archivo de paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="169" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="171" />
        <source>Choose the package file</source>
        <translation>Elija el archivo del paquete</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="50" />
        <source>Open a package</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="51" />
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="53" />
        <source>&amp;Package:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="85" />
        <source>Choose the package file (it ends in .aeopkg).</source>
        <translation>Elija el archivo del paquete (termina en .aeopkg).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="88" />
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="100" />
        <source>Next, type the unit passphrase to open it.</source>
        <translation>A continuación, escriba la frase de contraseña de la unidad para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="106" />
        <source>This is a return package, made on a laptop: check it in at the office (File → Field laptop → Check in package…).</source>
        <translation>Es un paquete de retorno, generado en un portátil: dele entrada en la oficina (Archivo → Portátil de campo → Dar entrada a un paquete…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_open_wizard.py" line="110" />
        <source>This is a check-out package, made at the office: open it on the validator's laptop (File → Field laptop → Open package…).</source>
        <translation>Es un paquete de salida, generado en la oficina: ábralo en el portátil del validador (Archivo → Portátil de campo → Abrir paquete…).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="240" />
        <source>Unit passphrase</source>
        <translation>Frase de contraseña de la unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="244" />
        <source>Unit passphrase, again</source>
        <translation>Frase de contraseña de la unidad, otra vez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="251" />
        <source>Unit &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la unidad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="255" />
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="272" />
        <source>Type the unit passphrase.</source>
        <translation>Escriba la frase de contraseña de la unidad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="275" />
        <source>At least %1 characters (%2 so far).</source>
        <translation>Al menos %1 caracteres (%2 por ahora).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="280" />
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="291" />
        <source>The passphrases match. Give it to the validator by another way than the file (in person, by phone).</source>
        <translation>Las frases de contraseña coinciden. Comuníquela al validador por una vía distinta del archivo (en persona, por teléfono).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="298" />
        <source>The unit's passphrase, as given with the package. It is not stored.</source>
        <translation>La frase de contraseña de la unidad, tal como se comunicó con el paquete. No se almacena.</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="98" />
        <source>You can try again in %1.</source>
        <extracomment>A rule met, and one not yet met: their colours by meaning (theme.colour).</extracomment>
        <translation>Puede volver a intentarlo en %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="103" />
        <source>Too many wrong passwords. You can try again in %n second(s).</source>
        <translation><numerusform>Demasiadas contraseñas incorrectas. Puede volver a intentarlo en %n segundo.</numerusform><numerusform>Demasiadas contraseñas incorrectas. Puede volver a intentarlo en %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="114" />
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="264" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="265" />
        <source>&amp;Password of %1:</source>
        <translation>&amp;Contraseña de %1:</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="138" />
        <source>at least %n characters</source>
        <translation><numerusform>al menos %n carácter</numerusform><numerusform>al menos %n caracteres</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="142" />
        <source>does not contain the user name</source>
        <translation>no contiene el nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="144" />
        <source>not too simple (4 different characters or more)</source>
        <translation>no demasiado simple (4 caracteres distintos o más)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="145" />
        <source>both entries are the same</source>
        <translation>ambas entradas coinciden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="157" />
        <source>Password rules</source>
        <translation>Reglas de contraseña</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="48" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="59" />
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="65" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="70" />
        <source>Applies the next time AEO Desk starts.</source>
        <translation>Se aplica la próxima vez que se inicie AEO Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="79" />
        <source>System (dark)</source>
        <translation>Sistema (oscuro)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="79" />
        <source>System (light)</source>
        <translation>Sistema (claro)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="82" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="83" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="87" />
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="96" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="97" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="99" />
        <source>Lock the window after minutes without input</source>
        <translation>Bloquear la ventana tras minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="102" />
        <source>Lock the &amp;window after:</source>
        <translation>Bloquear la &amp;ventana tras:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="107" />
        <source>without keyboard or mouse input on this computer. Ctrl+L locks at once.</source>
        <translation>sin actividad de teclado ni ratón en este equipo. Ctrl+L bloquea de inmediato.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/preferences_dialog.py" line="111" />
        <source>The window locks only on a database with users: without them no one signs in, so there is no password to unlock it.</source>
        <translation>La ventana solo se bloquea en una base de datos con usuarios: sin ellos nadie inicia sesión, así que no hay contraseña para desbloquearla.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="90" />
        <source>First, the package is compared with this database. Nothing is written yet.</source>
        <extracomment>A field that differs: the warning note's tint, under the look's text (theme.surface).</extracomment>
        <translation>Primero se compara el paquete con esta base de datos. Todavía no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="98" />
        <source>Comparing the package with this database…</source>
        <translation>Comparando el paquete con esta base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="101" />
        <source>Compared.</source>
        <translation>Comparado.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="311" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>ReadPackagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="452" />
        <source>Unit passphrase</source>
        <translation>Frase de contraseña de la unidad</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="43" />
        <source>Reports, exports and imports</source>
        <translation>Informes, exportaciones e importaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="52" />
        <source>Nothing to report yet: the database has no cases. Start by importing the operator register and the unit's staff (Import from Excel or CSV, below), then create cases on the Caseload page (Ctrl+N).</source>
        <translation>Todavía no hay nada que informar: la base de datos no tiene expedientes. Empiece importando el registro de operadores y el personal de la unidad (Importar desde Excel o CSV, más abajo) y, después, cree expedientes en la página Carga de trabajo (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="64" />
        <source>Ministry workbook</source>
        <translation>Libro para el ministerio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="68" />
        <source>The periodic workbook for the ministry: operators by size class and status, applications and processing times, audits and findings, corrective actions, contact-point coverage of MSMEs and staff training, in the same layout every time (see docs/ministry-workbook.md).</source>
        <translation>El libro periódico para el ministerio: operadores por categoría de tamaño y estado, solicitudes y plazos de tramitación, auditorías y hallazgos, acciones correctivas, cobertura de las mipymes por los puntos de contacto y formación del personal, siempre con el mismo formato (véase docs/ministry-workbook.md).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="77" />
        <source>Make the ministry workbook…</source>
        <translation>Generar el libro para el ministerio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="83" />
        <source>Export a list to Excel</source>
        <translation>Exportar una lista a Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="94" />
        <source>Each list screen also exports what it shows, filters and columns included.</source>
        <translation>Cada pantalla de lista también exporta lo que muestra, filtros y columnas incluidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="102" />
        <source>Import from Excel or CSV</source>
        <translation>Importar desde Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/reports_page.py" line="114" />
        <source>A dry run comes first and lists every problem by row and column; nothing is imported until the whole file is right. Each import has a template to download.</source>
        <translation>Primero se hace una simulación que enumera cada problema por fila y columna; no se importa nada hasta que todo el archivo sea correcto. Cada importación tiene una plantilla para descargar.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="36" />
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="41" />
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="42" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="44" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="46" />
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="47" />
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="48" />
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="50" />
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="51" />
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="51" />
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="58" />
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="63" />
        <source>No backups yet in %1.</source>
        <translation>Todavía no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="64" />
        <source>Backups in %1</source>
        <translation>Copias de seguridad en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="68" />
        <source>Restoring puts the chosen backup in place of the current file, which is kept beside it (named …before-restore…). AEO Desk then closes; start it again.</source>
        <translation>La restauración sustituye el archivo actual por la copia elegida; el archivo actual se conserva junto a ella (con el nombre …before-restore…). Después, AEO Desk se cierra; vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="74" />
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="131" />
        <source>The backup is restored. AEO Desk will now close; start it again.</source>
        <translation>La copia de seguridad se ha restaurado. AEO Desk se cerrará ahora; vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="133" />
        <source>The previous file was kept as %1.</source>
        <translation>El archivo anterior se ha conservado como %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="134" />
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/restore_dialog.py" line="147" />
        <source>This backup failed its check; it cannot be restored.</source>
        <translation>Esta copia de seguridad no superó la comprobación; no se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="284" />
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="290" />
        <source>Cases checked out</source>
        <translation>Expedientes con salida registrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="299" />
        <source>The cases are read-only here until the laptop's return package is checked in.</source>
        <translation>Los expedientes son de solo lectura aquí hasta que se dé entrada al paquete de retorno del portátil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="302" />
        <source>%n case(s) checked out to %1 (%2).</source>
        <translation><numerusform>%n expediente con salida a %1 (%2).</numerusform><numerusform>%n expedientes con salida a %1 (%2).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="306" />
        <source>Package: %1</source>
        <translation>Paquete: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="308" />
        <source>Size: %1, %2 rows, %3 attachment(s).</source>
        <translation>Tamaño: %1, %2 filas, %3 adjunto(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="313" />
        <source>On the laptop: File → Field laptop → Open package…</source>
        <translation>En el portátil: Archivo → Portátil de campo → Abrir paquete…</translation>
    </message>
</context>
<context>
    <name>ReturnResultPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="194" />
        <source>Return package written</source>
        <translation>Paquete de retorno generado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="196" />
        <source>Take the file to the office. These cases are now read-only on this laptop.</source>
        <translation>Lleve el archivo a la oficina. Estos expedientes son ahora de solo lectura en este portátil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="203" />
        <source>Cases returned</source>
        <translation>Expedientes devueltos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="212" />
        <source>Return package #%1: %n case(s).</source>
        <translation><numerusform>Paquete de retorno n.º %1: %n expediente.</numerusform><numerusform>Paquete de retorno n.º %1: %n expedientes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="216" />
        <source>Changes: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="216" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="218" />
        <source>File: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReturnWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="43" />
        <source>Returned on %1 (read-only here)</source>
        <translation>Devuelto el %1 (aquí solo lectura)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="48" />
        <source>%n change(s) not returned</source>
        <translation><numerusform>%n cambio no devuelto</numerusform><numerusform>%n cambios no devueltos</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="49" />
        <source>No changes yet</source>
        <translation>Todavía sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="234" />
        <source>Return cases to the office</source>
        <translation>Devolver expedientes a la oficina</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="33" />
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="38" />
        <source>The database file</source>
        <translation>El archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="46" />
        <source>&lt;b&gt;%1 is encrypted.&lt;/b&gt; Without a user's password, neither the file nor its backups can be read.</source>
        <translation>&lt;b&gt;%1 está cifrado.&lt;/b&gt; Sin la contraseña de un usuario, no se pueden leer ni el archivo ni sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="51" />
        <source>&lt;b&gt;%1 is not encrypted.&lt;/b&gt; Anyone who copies the file can read it with any SQLite tool. Passwords still decide who signs in to AEO Desk.</source>
        <translation>&lt;b&gt;%1 no está cifrado.&lt;/b&gt; Cualquiera que copie el archivo puede leerlo con cualquier herramienta de SQLite. Las contraseñas siguen determinando quién inicia sesión en AEO Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="57" />
        <source>File: %1
Key file (keep it with the database and its backups): %2</source>
        <translation>Archivo: %1
Archivo de clave (consérvelo con la base de datos y sus copias de seguridad): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="68" />
        <source>&amp;Store it unencrypted…</source>
        <translation>&amp;Guardarlo sin cifrar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="68" />
        <source>&amp;Encrypt the file…</source>
        <translation>&amp;Cifrar el archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="85" />
        <source>Store %1 unencrypted? A backup of the file as it is now (encrypted) is made first. AEO Desk closes the database, converts it and opens it again.</source>
        <translation>¿Guardar %1 sin cifrar? Primero se hace una copia de seguridad del archivo tal como está ahora (cifrado). AEO Desk cierra la base de datos, la convierte y la vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="89" />
        <source>Encrypt %1? A backup of the file as it is now is made first (unencrypted: keep it safe or delete it). AEO Desk closes the database, converts it and opens it again; this takes a moment.</source>
        <translation>¿Cifrar %1? Primero se hace una copia de seguridad del archivo tal como está ahora (sin cifrar: guárdela en lugar seguro o elimínela). AEO Desk cierra la base de datos, la convierte y la vuelve a abrir; esto tarda un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="98" />
        <source>Store unencrypted</source>
        <translation>Guardar sin cifrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/security_dialog.py" line="98" />
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
</context>
<context>
    <name>SiteBanner</name>
    <message>
        <location filename="../../desktop/ui/site_mode.py" line="89" />
        <source>Leave site mode…</source>
        <extracomment>The banner's frame: the same amber in both looks (it is a line, not text).</extracomment>
        <translation>Salir del modo in situ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/site_mode.py" line="101" />
        <source>Site mode: %1</source>
        <translation>Modo in situ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/site_mode.py" line="103" />
        <source>only this operator's cases and audits are shown</source>
        <translation>solo se muestran los expedientes y auditorías de este operador</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="597" />
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="621" />
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="611" />
        <source>Already checked in</source>
        <translation>Entrada ya registrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="612" />
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="615" />
        <source>This package was checked in on %1 by %2; checking it in again changes nothing.</source>
        <translation>%2 dio entrada a este paquete el %1; volver a darle entrada no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="623" />
        <source>The cases can be changed at the office again, unless a conflict kept one out.</source>
        <translation>Los expedientes pueden volver a modificarse en la oficina, salvo los que un conflicto haya dejado fuera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="625" />
        <source>Cases: %1</source>
        <translation>Expedientes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="628" />
        <source>Written to this database:</source>
        <translation>Guardado en esta base de datos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="631" />
        <source>No changes: the office had everything already.</source>
        <translation>Sin cambios: la oficina ya lo tenía todo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/field_checkin_wizard.py" line="633" />
        <source>%n conflict(s) decided.</source>
        <translation><numerusform>%n conflicto resuelto.</numerusform><numerusform>%n conflictos resueltos.</numerusform></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="38" />
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="59" />
        <source>Checklist templates</source>
        <translation>Plantillas de lista de verificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="42" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="43" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="44" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="45" />
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="46" />
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="47" />
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="49" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="50" />
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="50" />
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="53" />
        <source>Loaded from</source>
        <translation>Cargada desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="71" />
        <source>A loaded version never changes: audits keep the version they started with. To change a template, export it, edit it in Excel, give it a new version and import it.</source>
        <translation>Una versión cargada nunca cambia: las auditorías conservan la versión con la que empezaron. Para modificar una plantilla, expórtela, edítela en Excel, asígnele una nueva versión e impórtela.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="79" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="82" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="85" />
        <source>&amp;Retire / reinstate</source>
        <translation>&amp;Retirar / restablecer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="125" />
        <source>Import a checklist template</source>
        <translation>Importar una plantilla de lista de verificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="127" />
        <source>Checklist templates (*.xlsx *.json)</source>
        <translation>Plantillas de lista de verificación (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/templates_dialog.py" line="147" />
        <source>Export the template</source>
        <translation>Exportar la plantilla</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="147" />
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="163" />
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="151" />
        <source>The temporary password of &lt;b&gt;%1&lt;/b&gt;. Give it to them in person: it is shown only this once, and AEO Desk does not keep it. They choose their own password when they first sign in.</source>
        <translation>La contraseña temporal de &lt;b&gt;%1&lt;/b&gt;. Entréguela en persona: solo se muestra esta vez y AEO Desk no la conserva. El usuario elegirá su propia contraseña al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="167" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="169" />
        <source>Copy (the clipboard is cleared after 30 seconds)</source>
        <translation>Copiar (el portapapeles se vacía a los 30 segundos)</translation>
    </message>
</context>
<context>
    <name>TrainingCourseDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="30" />
        <source>Edit course</source>
        <translation>Editar curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="30" />
        <source>Add a course</source>
        <translation>Añadir un curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="40" />
        <source>e.g. VAL</source>
        <translation>p. ej., VAL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="41" />
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="45" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="48" />
        <source>Who gives it, e.g. Customs training centre</source>
        <translation>Quién lo imparte, p. ej., centro de formación aduanera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="49" />
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="55" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="56" />
        <source>&amp;Hours:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="68" />
        <source>Required for:</source>
        <translation>Obligatorio para:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="73" />
        <source>never (no refresher)</source>
        <translation>nunca (sin actualización)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="74" />
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="76" />
        <source>&amp;Refresh every:</source>
        <translation>Act&amp;ualizar cada:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="79" />
        <source>Onboar&amp;ding course (new staff and role changes take it first)</source>
        <translation>Curso de &amp;incorporación (el personal nuevo y los cambios de función lo hacen primero)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_course_dialog.py" line="83" />
        <source>&amp;Active (retired courses take no new records)</source>
        <translation>&amp;Activo (los cursos retirados no admiten nuevos registros)</translation>
    </message>
</context>
<context>
    <name>TrainingDismissDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="76" />
        <source>Dismiss a follow-up</source>
        <translation>Descartar un seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="87" />
        <source>Why no training is needed, e.g. exempt, leaving the unit, long leave</source>
        <translation>Por qué no se necesita formación, p. ej., exento, deja la unidad, baja prolongada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="89" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="91" />
        <source>The dismissal and its reason are kept on record.</source>
        <translation>El descarte y su motivo quedan registrados.</translation>
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
        <translation>pend.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="81" />
        <source>exp.</source>
        <translation>venc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="82" />
        <source>miss.</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="83" />
        <source>fail.</source>
        <translation>no apr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="117" />
        <source>nobody needs it</source>
        <translation>nadie la necesita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="156" />
        <source>refresh every %1 months</source>
        <translation>actualizar cada %1 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="158" />
        <source>never expires</source>
        <translation>no vence nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="213" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="214" />
        <source>✓ to %1</source>
        <translation>✓ hasta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="216" />
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="218" />
        <source>exp. %1</source>
        <translation>venc. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="220" />
        <source>failed %1</source>
        <translation>no aprobada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="223" />
        <source>onboarding</source>
        <translation>incorporación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="224" />
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="233" />
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="236" />
        <source>Completed: %1</source>
        <translation>Completada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="238" />
        <source>Valid until: %1</source>
        <translation>Válida hasta: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="241" />
        <source>Last attempt: %1 (%2)</source>
        <translation>Último intento: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="248" />
        <source>Onboarding since %1: due by %2</source>
        <translation>Incorporación desde %1: plazo hasta %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/training_matrix_model.py" line="253" />
        <source>Double-click to record a completion.</source>
        <translation>Haga doble clic para registrar una finalización.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="77" />
        <source>Missing</source>
        <extracomment>The follow-up kinds' colours, by meaning (theme.colour gives them for the current look). Something was recorded, planned, dismissed or changed in the catalogue.</extracomment>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="78" />
        <source>Refresher due</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="79" />
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="80" />
        <source>Retake (failed)</source>
        <translation>Repetir (no aprobada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="81" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="339" />
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="85" />
        <source>Follow-up queue</source>
        <translation>Cola de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="86" />
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="87" />
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="88" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="89" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="91" />
        <source>Export the follow-up queue or the matrix as shown</source>
        <translation>Exportar la cola de seguimiento o la matriz tal como se muestran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="126" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="171" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="274" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="128" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="454" />
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="131" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="132" />
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="144" />
        <source>refreshers due within </source>
        <translation>actualizaciones que vencen en </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="145" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="146" />
        <source>Show dismissed</source>
        <translation>Mostrar descartados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="148" />
        <source>Plan a date…</source>
        <translation>Planificar una fecha…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="150" />
        <source>Mark as done…</source>
        <translation>Marcar como realizado…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="152" />
        <source>Dismiss…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="166" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="170" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="273" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="172" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="259" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="275" />
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="174" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="178" />
        <location filename="../../desktop/ui/widgets/training_page.py" line="342" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="179" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="238" />
        <source>Dates are expiry dates (completion dates for courses that never expire). Hover a cell for details; double-click it to record a completion.</source>
        <translation>Las fechas son de vencimiento (de finalización para los cursos que no vencen). Pase el cursor por una celda para ver los detalles; haga doble clic para registrar una finalización.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="261" />
        <source>Record a session…</source>
        <translation>Registrar una sesión…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="263" />
        <source>Record one…</source>
        <translation>Registrar uno…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="272" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="277" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="281" />
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="282" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="283" />
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="288" />
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="289" />
        <source>Failed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="290" />
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="308" />
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="310" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="312" />
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="314" />
        <source>Add the default catalogue</source>
        <translation>Añadir el catálogo predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="317" />
        <source>A retired course keeps its records but is no longer required.</source>
        <translation>Un curso retirado conserva sus registros, pero deja de ser obligatorio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="329" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="330" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="331" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="332" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="334" />
        <source>Required for</source>
        <translation>Obligatorio para</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="337" />
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="339" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="343" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="343" />
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="372" />
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="378" />
        <source>Planned for %1</source>
        <translation>Planificado para el %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="380" />
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="381" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="381" />
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="395" />
        <source>Dismissed by %1: %2</source>
        <translation>Descartado por %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="401" />
        <source>Expired on %1, taken %2</source>
        <translation>Venció el %1, realizado el %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="407" />
        <source>Expires on %1, taken %2</source>
        <translation>Vence el %1, realizado el %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="412" />
        <source>Failed on %1: a retake is needed</source>
        <translation>No aprobado el %1: debe repetirse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="414" />
        <source>New in post or role since %1</source>
        <translation>Nuevo en el puesto o la función desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="415" />
        <source>Never completed (required for the role)</source>
        <translation>Nunca realizado (obligatorio para la función)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="420" />
        <source>nobody (optional)</source>
        <translation>nadie (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="422" />
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="428" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="429" />
        <source>every %1 months</source>
        <translation>cada %1 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="462" />
        <source>All courses</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="478" />
        <source>No staff yet. Import the unit's staff (Reports → Import → Staff); each person's training follow-ups then appear here.</source>
        <translation>Todavía no hay personal. Importe el personal de la unidad (Informes → Importar → Personal); los seguimientos de formación de cada persona aparecerán entonces aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="495" />
        <source>No courses in the catalogue yet. Open the Catalogue tab and add the default catalogue, or your own courses.</source>
        <translation>Todavía no hay cursos en el catálogo. Abra la pestaña Catálogo y añada el catálogo predeterminado o sus propios cursos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="504" />
        <source>Nothing to follow up: everyone here holds the training their roles need, and no refresher falls due within the window. Widen the window or the filters to look further.</source>
        <translation>Nada que seguir: todas las personas aquí tienen la formación que requieren sus funciones y ninguna actualización vence dentro del plazo. Amplíe el plazo o los filtros para ver más.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="514" />
        <source>Follow-up queue (%1 to act on)</source>
        <translation>Cola de seguimiento (%1 pendientes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="531" />
        <source>Due soon (≤ %1 days)</source>
        <translation>Vence pronto (≤ %1 días)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="537" />
        <source>No active courses. Add courses in the Catalogue tab to see the matrix.</source>
        <translation>No hay cursos activos. Añada cursos en la pestaña Catálogo para ver la matriz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="542" />
        <source>Nobody in post matches these filters.</source>
        <translation>Nadie en activo coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="553" />
        <source>failed %1</source>
        <translation>no aprobado %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="553" />
        <source>✓ to %1</source>
        <translation>✓ hasta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="553" />
        <source>exp. %1</source>
        <translation>venc. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="567" />
        <source>No training recorded yet. After a course, use “Record a session…” to enter everyone who took part, or “Record one…” for a single person.</source>
        <translation>Todavía no hay formación registrada. Después de un curso, use «Registrar una sesión…» para introducir a todos los participantes, o «Registrar uno…» para una sola persona.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="580" />
        <source>The catalogue is empty. “Add the default catalogue” adds the usual courses (AEO programme basics, validation and audit techniques, compliance and risk management, MSME outreach, security criteria, data protection, the national legal basis); “Add…” adds your own.</source>
        <translation>El catálogo está vacío. «Añadir el catálogo predeterminado» añade los cursos habituales (fundamentos del programa OEA, técnicas de validación y auditoría, cumplimiento y gestión de riesgos, divulgación a las mipymes, criterios de seguridad, protección de datos, base jurídica nacional); «Añadir…» añade los suyos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="635" />
        <source>Mark as done</source>
        <translation>Marcar como realizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/training_page.py" line="636" />
        <source>Records that %1 completed %2.</source>
        <translation>Registra que %1 completó %2.</translation>
    </message>
</context>
<context>
    <name>TrainingPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="37" />
        <source>Plan a date</source>
        <translation>Planificar una fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_follow_up_dialogs.py" line="50" />
        <source>&amp;Planned date:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="40" />
        <source>Record a training</source>
        <translation>Registrar una formación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="53" />
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="59" />
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="66" />
        <source>Completed &amp;on:</source>
        <translation>&amp;Finalizado el:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="73" />
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="77" />
        <source>Certificate number, if any</source>
        <translation>Número de certificado, si lo hay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="78" />
        <source>C&amp;ertificate:</source>
        <translation>C&amp;ertificado:</translation>
    </message>
</context>
<context>
    <name>TrainingSessionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="213" />
        <source>Record a training session</source>
        <translation>Registrar una sesión de formación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="223" />
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="230" />
        <source>Completed &amp;on:</source>
        <translation>&amp;Finalizado el:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="234" />
        <source>e.g. VAL Rennes, June – optional</source>
        <translation>p. ej., VAL Rennes, junio – opcional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="235" />
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="241" />
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="266" />
        <source>Tick everyone who &amp;needs it</source>
        <translation>Marcar a todos los que lo &amp;necesitan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="269" />
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="274" />
        <source>Set the result of everyone ticked</source>
        <translation>Establecer el resultado de todos los marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="275" />
        <source>Set the result of everyone ticked…</source>
        <translation>Establecer el resultado de todos los marcados…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="289" />
        <source>&amp;Tick the people who took part (Space). Double-click a result or a certificate, or press F2, to change it.</source>
        <translation>&amp;Marque a las personas que participaron (Espacio). Haga doble clic en un resultado o un certificado, o pulse F2, para cambiarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/training_session_dialog.py" line="336" />
        <source>%n attendee(s)</source>
        <translation><numerusform>%n asistente</numerusform><numerusform>%n asistentes</numerusform></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="27" />
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="35" />
        <source>From “%1” to “%2”.</source>
        <translation>De «%1» a «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="46" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="51" />
        <source>Required: it is kept in the case's timeline.</source>
        <translation>Obligatorio: se conserva en la cronología del expediente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="53" />
        <source>Optional note for the timeline.</source>
        <translation>Nota opcional para la cronología.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="56" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transition_dialog.py" line="56" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="66" />
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="70" />
        <source>Staff member</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="71" />
        <source>(not linked to a staff member)</source>
        <translation>(no vinculado a un funcionario)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="77" />
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="78" />
        <source>&amp;Staff member:</source>
        <translation>&amp;Funcionario:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="83" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="94" />
        <source>&amp;May sign in</source>
        <translation>&amp;Puede iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="102" />
        <source>AEO Desk makes a temporary password, shown once when you save. The new user chooses their own password at their first sign-in.</source>
        <translation>AEO Desk genera una contraseña temporal, que se muestra una sola vez al guardar. El nuevo usuario elige su propia contraseña al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="115" />
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="115" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="196" />
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="214" />
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="202" />
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="203" />
        <source>Staff member</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="204" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="206" />
        <source>May sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="207" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="207" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="219" />
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="221" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="223" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="237" />
        <source>Roles: a validator works on their own cases and audits; a contact officer logs contacts; a manager assigns work and manages the field laptops; an administrator manages users, templates and encryption.</source>
        <translation>Roles: un validador trabaja en sus propios expedientes y auditorías; un responsable de contacto registra los contactos; un jefe asigna el trabajo y gestiona los portátiles de campo; un administrador gestiona los usuarios, las plantillas y el cifrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="320" />
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/users_dialog.py" line="322" />
        <source>Give %1 a new temporary password? Their current password stops working, and they choose a new one at their next sign-in.</source>
        <translation>¿Asignar a %1 una nueva contraseña temporal? Su contraseña actual dejará de funcionar y elegirá una nueva en su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>WritePackagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="491" />
        <source>Passphrase and file</source>
        <translation>Frase de contraseña y archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="501" />
        <source>Package file to write</source>
        <translation>Archivo de paquete que se generará</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="503" />
        <source>Sa&amp;ve as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_common.py" line="537" />
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="249" />
        <source>The package is encrypted with the unit passphrase. Carry the file on a USB stick; give the passphrase to the validator another way.</source>
        <translation>El paquete se cifra con la frase de contraseña de la unidad. Lleve el archivo en una memoria USB; comunique la frase de contraseña al validador por otra vía.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="252" />
        <source>&amp;Check out</source>
        <translation>Dar &amp;salida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="253" />
        <source>Save the check-out package</source>
        <translation>Guardar el paquete de salida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_checkout_wizard.py" line="277" />
        <source>Writing the package…</source>
        <translation>Generando el paquete…</translation>
    </message>
</context>
<context>
    <name>WriteReturnPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="168" />
        <source>The return package is encrypted with the unit passphrase, as the check-out package was.</source>
        <translation>El paquete de retorno se cifra con la frase de contraseña de la unidad, como el paquete de salida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="171" />
        <source>&amp;Write package</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="172" />
        <source>Save the return package</source>
        <translation>Guardar el paquete de retorno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/field_return_wizard.py" line="187" />
        <source>Writing the return package…</source>
        <translation>Generando el paquete de retorno…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="116" />
        <source>Building the demo database…</source>
        <extracomment>The .desktop file (packaging/linux): Wayland and the task bar match the window to it.</extracomment>
        <translation>Creando la base de datos de demostración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="139" />
        <source>The database cannot be opened:</source>
        <translation>No se puede abrir la base de datos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="141" />
        <source>Restore the newest good backup, from %1? The current file is kept beside it.</source>
        <translation>¿Restaurar la copia de seguridad válida más reciente, del %1? El archivo actual se conserva junto a ella.</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="258" />
        <source>done %1</source>
        <translation>realizado %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/contact_history_dialog.py" line="263" />
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="94" />
        <source>The database passed the full integrity check.</source>
        <translation>La base de datos ha superado la comprobación de integridad completa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="97" />
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="99" />
        <source>Verify database</source>
        <translation>Verificar la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_keeper.py" line="107" />
        <source>Checking the whole database…</source>
        <translation>Comprobando toda la base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export.py" line="29" />
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export.py" line="36" />
        <source>Writing the audit report…</source>
        <translation>Generando el informe de auditoría…</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="20" />
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="21" />
        <source>Failed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/training_record_dialog.py" line="22" />
        <source>Attended (no exam)</source>
        <translation>Asistió (sin examen)</translation>
    </message>
</context>
<context>
    <name>utilisation_bar</name>
    <message>
        <location filename="../../desktop/ui/widgets/utilisation_bar.py" line="51" />
        <source>Utilisation of %1</source>
        <extracomment>From this percentage of capacity the bar turns amber; above 100 it turns red.</extracomment>
        <translation>Utilización de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/utilisation_bar.py" line="55" />
        <source>no capacity</source>
        <translation>sin capacidad</translation>
    </message>
</context>
</TS>
