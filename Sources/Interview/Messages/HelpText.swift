import ArgumentParser
import Grid

/// What `--help` says about the commands, their arguments and options, in French and English
/// side by side; shown in the language read before parsing (`InterfaceLanguage`).
enum HelpText: MessageCatalogue {
    case interviewAbstract, interviewDiscussion
    case responses, lang, caseID
    case newAbstract, newGrid, newCase, newInterviewer
    case resumeAbstract, resumeGrid
    case listAbstract, listFormat
    case showAbstract, showWithNotes, showTimes, showGrid, includeUnpublished
    case exportAbstract, exportDiscussion, exportCases, exportAll, exportFormat, exportOutput, exportGrid, exportAnonymise,
         exportKeepNotes, exportWithNotes, exportWithTimes, exportLabels, exportExcel, exportRaw, exportLong
    case summaryAbstract, summaryDiscussion, summaryFormat, summaryOutput
    case summaryTheme, summaryCoder, summaryAgreement, summaryTable, schemaSummary
    case bookAbstract, bookDiscussion, bookFormat, bookOutput, bookOrder, bookSyntheses
    case deleteAbstract, deleteYes
    case importAbstract, importDiscussion, importFolders, importRename
    case schemaAbstract
    case codebookAbstract, codebookDiscussion, codebookGrid, codebookFormat, codebookOutput
    case gridAbstract, gridCheckAbstract, gridCheckFiles, gridShowAbstract, gridShowFile

    var wording: Wording {
        switch self {
        case .interviewAbstract:
            return (fr: "Mener des entretiens semi-dirigés à partir d'une grille, chaque réponse enregistrée dès qu'elle est tapée.",
                    en: "Run semi-structured interviews from a grid, saving every answer as it is typed.")
        case .interviewDiscussion:
            return (fr: "Entretiens semi-dirigés au clavier : chaque réponse est enregistrée aussitôt.",
                    en: "Semi-structured interviews at the keyboard: every answer is saved at once.")
        case .responses:
            return (fr: "Dossier des journaux de cas (par défaut : $INTERVIEW_RESPONSES, sinon ./responses).",
                    en: "Folder of the case journals (default: $INTERVIEW_RESPONSES, else ./responses).")
        case .lang:
            return (fr: "Langue de l'interface : fr ou en (par défaut : celle du cas ou de la grille, sinon $LANG).",
                    en: "Interface language: fr or en (default: the case's or the grid's language, else $LANG).")
        case .caseID:
            return (fr: "L'identifiant du cas.", en: "The case id.")
        case .newAbstract:
            return (fr: "Commencer un entretien (sur la grille intégrée, sauf avec --grid).",
                    en: "Start an interview (the built-in grid unless --grid is given).")
        case .newGrid:
            return (fr: "Un fichier de grille (YAML ou JSON).", en: "A grid file (YAML or JSON).")
        case .newCase:
            return (fr: "L'identifiant du cas : lettres minuscules, chiffres, « . », « _ » ou « - ». Proposé s'il est omis.",
                    en: "The case id: lower-case letters, digits, '.', '_' or '-'. Proposed when omitted.")
        case .newInterviewer:
            return (fr: "Le nom de l'intervieweur ou de l'intervieweuse, gardé dans le journal.",
                    en: "The interviewer's name, kept in the journal.")
        case .resumeAbstract:
            return (fr: "Reprendre un cas à sa première question ouverte (un cas terminé se rouvre sur sa revue).",
                    en: "Resume a case at its first open question (a completed case reopens on its review).")
        case .resumeGrid:
            return (fr: "Passer le cas à cette grille (une version plus récente), ou fournir sa grille si la copie gardée manque.",
                    en: "Move the case to this grid (a newer version), or supply its grid if the kept copy is gone.")
        case .listAbstract:
            return (fr: "Lister les cas : grille, état, avancement, intervieweur, dernière modification.",
                    en: "List the cases: grid, status, progress, interviewer, last change.")
        case .listFormat:
            return (fr: "table (par défaut) ou json.", en: "table (default) or json.")
        case .showAbstract:
            return (fr: "Afficher la fiche d'un cas dans le terminal.", en: "Show a case's fiche in the terminal.")
        case .showWithNotes:
            return (fr: "Ajouter les notes et citations sous leurs entrées.", en: "Add notes and quotes under their entries.")
        case .showTimes:
            return (fr: "Ajouter sous chaque réponse son temps depuis le début de l'entretien, pauses exclues (HH:MM:SS, pour la retrouver dans l'enregistrement), et lister les repères /repère.",
                    en: "Add under each answer its time since the interview started, pauses left out (HH:MM:SS, to find it in a recording), and list the /mark markers.")
        case .showGrid:
            return (fr: "Un fichier de grille qui remplace la copie gardée du cas si elle manque (même SHA-256 seulement).",
                    en: "A grid file standing in for the case's kept grid copy if it is missing (same SHA-256 only).")
        case .exportAbstract:
            return (fr: "Exporter des cas en dossiers JSON, en fiches Markdown ou en CSV.", en: "Export cases as JSON records, Markdown fiches or CSV.")
        case .exportDiscussion:
            return (fr: "Tout va sur la sortie standard par défaut (fiches séparées par un filet, un seul CSV), ou avec --output DOSSIER un fichier par cas (un seul fichier CSV pour tous). JSON : un cas nommé donne un objet ; --all ou plusieurs cas, un tableau [ … ] quel que soit leur nombre (0 ou 1 aussi) ; --format jsonl, un dossier compact par ligne. Dans un dossier, chaque fichier .json est un objet. CSV : identifiants des choix et true/false (--labels : libellés et Oui/Non), nombres écrits 1234.5, éléments d'une liste séparés par un saut de ligne dans la cellule, et à côté de chaque question une colonne <id>_status (answered, skipped, dont_know, refused, not_applicable, unanswered). Le dictionnaire des colonnes : interview codebook.",
                    en: "Everything goes to stdout by default (fiches separated by a rule, one CSV), or with --output DIR one file per case (one CSV file for all). JSON: one case named gives one object; --all or several cases, one array [ … ] whatever their number (0 or 1 too); --format jsonl, one compact record per line. In a folder, each .json file is one object. CSV: choice ids and true/false (--labels: labels and Yes/No), numbers written 1234.5, a list's items separated by a line break inside the cell, and beside each question a column <id>_status (answered, skipped, dont_know, refused, not_applicable, unanswered). The columns' dictionary: interview codebook.")
        case .exportCases:
            return (fr: "Identifiants des cas (ou --all).", en: "Case ids (or --all).")
        case .exportAll:
            return (fr: "Exporter tous les cas.", en: "Export every case.")
        case .exportFormat:
            return (fr: "json (un objet, ou un tableau pour --all et plusieurs cas), jsonl (un dossier par ligne), markdown, csv, qdpx (un projet REFI-QDA pour NVivo, ATLAS.ti, MAXQDA, QualCoder) ou qdc (le livre de codes REFI-QDA seul, sans cas).",
                    en: "json (one object, or an array for --all and several cases), jsonl (one record per line), markdown, csv, qdpx (a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder) or qdc (the REFI-QDA codebook alone, no cases).")
        case .exportOutput:
            return (fr: "Un fichier (tous les cas dedans, comme la sortie standard ; « - » est la sortie standard), ou un dossier — existant, finissant par « / », ou un nouveau nom sans extension — pour un fichier par cas. Seuls les fichiers ordinaires sont remplacés ; un tube nommé ou un périphérique est écrit.",
                    en: "A file (all cases in it, like stdout; '-' is stdout), or a folder — existing, ending in '/', or a new name without extension — for one file per case. Only regular files are replaced; a named pipe or a device is written into.")
        case .exportGrid:
            return (fr: "Un fichier de grille qui remplace la copie gardée des cas où elle manque (même SHA-256 seulement) ; avec --format qdc, la grille dont le livre de codes est écrit (par défaut la grille intégrée).",
                    en: "A grid file standing in for cases whose kept grid copy is missing (same SHA-256 only); with --format qdc, the grid whose codebook is written (the built-in grid by default).")
        case .exportAnonymise:
            return (fr: "Laisser de côté les questions personnelles (marquées personal, ou alimentées par une telle question avec from:), l'intervieweur, et toutes les notes et citations sauf avec --keep-notes ; remplacer l'identifiant du cas par son UUID.",
                    en: "Leave out personal questions (marked personal, or piped with from: from one), the interviewer, and every note and quote unless --keep-notes; replace the case id by its UUID.")
        case .exportKeepNotes:
            return (fr: "Avec --anonymise : garder les notes et citations (pas celles des questions personnelles). Relisez-les d'abord : des noms se glissent dans le texte libre.",
                    en: "With --anonymise: keep the notes and quotes (not those of personal questions). Read them first: names slip into free text.")
        case .includeUnpublished:
            return (fr: "Écrire aussi les fiches des cas sans consentement à la publication, marquées « Ne pas publier ».",
                    en: "Also write the fiches of cases without consent to publication, marked \"Not for publication\".")
        case .exportWithNotes:
            return (fr: "Markdown : ajouter les notes et citations sous leurs entrées.", en: "Markdown: add notes and quotes under their entries.")
        case .exportWithTimes:
            return (fr: "Markdown : ajouter sous chaque réponse son temps depuis le début de l'entretien, pauses exclues (HH:MM:SS, pour la retrouver dans l'enregistrement), et lister les repères /repère.",
                    en: "Markdown: add under each answer its time since the interview started, pauses left out (HH:MM:SS, to find it in a recording), and list the /mark markers.")
        case .exportLabels:
            return (fr: "CSV (large et --long) : libellés des choix et Oui/Non au lieu des identifiants et de true/false ; en large, libellés des questions en en-têtes.",
                    en: "CSV (wide and --long): choice labels and Yes/No instead of ids and true/false; in the wide CSV, question labels as headers.")
        case .exportExcel:
            return (fr: "CSV : commencer par une marque d'ordre d'octets UTF-8, pour Excel.", en: "CSV: start with a UTF-8 byte order mark, for Excel.")
        case .exportRaw:
            return (fr: "CSV : ne pas protéger les cellules qu'un tableur exécuterait comme formules.",
                    en: "CSV: do not guard cells that a spreadsheet would run as formulas.")
        case .exportLong:
            return (fr: "CSV : une ligne par cas × question × élément, avec les durées (brut, sauf avec --excel).",
                    en: "CSV: one row per case × question × item, with times (raw, unless --excel).")
        case .summaryAbstract:
            return (fr: "Le profil de l'ensemble des cas : effectifs par réponse, médianes, cas par grille, statut et enquêteur·rice.",
                    en: "The profile of the set of cases: counts per answer, medians, cases by grid, status and interviewer.")
        case .summaryDiscussion:
            return (fr: "Compte tous les cas du dossier des réponses dont la personne interviewée a consenti à la publication (les autres sont comptés à part). Pour chaque question à choix, à choix multiples ou oui/non : le nombre de cas par réponse et sans réponse ; pour chaque question numérique : n, minimum, médiane, maximum. Puis le tableau des thèmes : mentions et cas par thème, code et section, avec les segments codés (un graphique en barres dans un terminal) ; --agreement ajoute l'accord entre deux codeur·euse·s. Mots en français ou en anglais selon --lang, sinon la langue de la grille.",
                    en: "Counts every case in the responses folder whose respondent consented to publication (the others are counted apart). For each choice, multichoice or yes/no question: the number of cases per answer and without an answer; for each numeric question: n, minimum, median, maximum. Then the themes table: mentions and cases per theme, code and section, with the coded segments (a bar chart in a terminal); --agreement adds the agreement of two coders. Words in French or English per --lang, else the grid's language.")
        case .summaryFormat:
            return (fr: "markdown (profil et thèmes, par défaut ; un graphique en barres avant les thèmes dans un terminal), csv (un tableau, voir --table), json ou chart (le graphique seul).",
                    en: "markdown (profile and themes, the default; a bar chart before the themes in a terminal), csv (one table, see --table), json or chart (the chart alone).")
        case .summaryOutput:
            return (fr: "Un fichier, remplacé d'un coup quand tout est écrit (« - » est la sortie standard).",
                    en: "A file, replaced at once when everything is written ('-' is stdout).")
        case .summaryTheme:
            return (fr: "Ne montrer qu'un thème (et ses codes) ou qu'un code : ancrage, ancrage.mobilisation.",
                    en: "Show one theme (and its codes) or one code only: ancrage, ancrage.mobilisation.")
        case .summaryCoder:
            return (fr: "Ne compter que les codes de ce·tte codeur·euse.", en: "Count this coder's codes only.")
        case .summaryAgreement:
            return (fr: "Accord entre deux codeur·euse·s (pourcentage et kappa de Cohen) par thème : --agreement ana leo.",
                    en: "Agreement of two coders (percent and Cohen's kappa) per theme: --agreement ana leo.")
        case .summaryTable:
            return (fr: "CSV : le tableau écrit, profile (par défaut), themes ou agreement (par défaut avec --agreement).",
                    en: "CSV: the table written, profile (the default), themes or agreement (the default with --agreement).")
        case .schemaSummary:
            return (fr: "Le schéma du JSON de interview summary plutôt que celui de la fiche de cas.",
                    en: "The schema of interview summary's JSON instead of the case record's.")
        case .bookAbstract:
            return (fr: "Le cahier de cas : page de titre, sommaire, profil des cas, fiches publiables, tableau des enjeux, grille en annexe.",
                    en: "The case book: title page, contents, profile of the cases, publishable fiches, themes table, the grid as an annex.")
        case .bookDiscussion:
            return (fr: "Rassemble tous les cas du dossier des réponses. Les cas sans consentement à la publication sont laissés de côté et nommés sur la sortie d'erreur. Le titre, le sous-titre et l'introduction viennent du bloc book: de la grille ; les synthèses des chercheur·e·s, d'un fichier <enjeu>.md par enjeu dans --syntheses. En HTML : un seul fichier autonome (style intégré, mise en page pour l'impression, un saut de page par fiche). Mots en français ou en anglais selon --lang, sinon la langue de la grille.",
                    en: "Gathers every case in the responses folder. Cases without consent to publication are left out and named on stderr. The title, subtitle and introduction come from the grid's book: block; the researchers' syntheses from one <theme>.md file per theme in --syntheses. In HTML: one self-contained file (inline style, print layout, a page break per fiche). Words in French or English per --lang, else the grid's language.")
        case .bookFormat:
            return (fr: "markdown (par défaut) ou html.", en: "markdown (the default) or html.")
        case .bookOutput:
            return (fr: "Un fichier, remplacé d'un coup quand tout est écrit (« - » est la sortie standard).",
                    en: "A file, replaced at once when everything is written ('-' is stdout).")
        case .bookOrder:
            return (fr: "L'ordre des fiches : name (titre, sans tenir compte des accents ni de la casse ; par défaut), region (région, municipalité, puis titre) ou status (statut juridique dans l'ordre de la grille, puis titre).",
                    en: "The order of the fiches: name (title, accents and case ignored; the default), region (region, municipality, then title) or status (legal status in the grid's order, then title).")
        case .bookSyntheses:
            return (fr: "Dossier des synthèses : un fichier Markdown par enjeu, nommé <enjeu>.md (ancrage.md).",
                    en: "Folder of syntheses: one Markdown file per theme, named <theme>.md (ancrage.md).")
        case .deleteAbstract:
            return (fr: "Supprimer un cas (demande confirmation ; --yes pour les scripts).", en: "Delete a case (asks to confirm; --yes for scripts).")
        case .deleteYes:
            return (fr: "Ne pas demander de confirmation.", en: "Do not ask for confirmation.")
        case .importAbstract:
            return (fr: "Importer les cas d'autres dossiers de réponses (journaux et copies de grille).",
                    en: "Import the cases of other responses folders (journals and grid copies).")
        case .importDiscussion:
            return (fr: "Chaque cas absent est copié ; même cas (même UUID) : identique, ou le journal le plus long est gardé ; deux journaux qui divergent, ou un autre cas sous le même identifiant, sont refusés en nommant les deux fichiers. Tout est vérifié avant de copier (liens, en-têtes, SHA-256 des copies de grille, cas en cours d'écriture) : un refus n'importe rien. Chaque fichier est écrit à part, synchronisé puis mis en place.",
                    en: "Each case not here is copied; the same case (same UUID): identical, or the longer journal is kept; two journals that diverge, or another case under the same id, are refused naming both files. Everything is checked before copying (links, headers, the grid copies' SHA-256, cases being written): a refusal imports nothing. Each file is written aside, synced, then put in place.")
        case .importFolders:
            return (fr: "Les dossiers de réponses à importer.", en: "The responses folders to import.")
        case .importRename:
            return (fr: "Donner un identifiant libre (<id>-2, -3…) à un autre cas du même identifiant au lieu de refuser.",
                    en: "Give a free id (<id>-2, -3…) to another case with the same id instead of refusing.")
        case .codebookAbstract:
            return (fr: "Écrire le dictionnaire des données du CSV large : une entrée par colonne.",
                    en: "Write the data dictionary of the wide CSV: one entry per column.")
        case .codebookDiscussion:
            return (fr: "Pour chaque colonne de export --format csv (mêmes noms, même ordre) : numéro, texte et libellé de la question, type, unité, min/max, condition, section, et les valeurs possibles avec leur libellé (identifiants des choix, true/false, codes de statut). --format r écrit un script R qui lit le CSV (Rscript codebook.R cas.csv) : facteurs pour les choix, logique pour oui/non, numérique pour les nombres, libellé de chaque variable dans attr(, \"label\").",
                    en: "For every column of export --format csv (same names, same order): the question's number, text and label, type, unit, min/max, condition, section, and the values it can hold with their labels (choice ids, true/false, status codes). --format r writes an R script that reads the CSV (Rscript codebook.R cases.csv): factors for choices, logical for yes/no, numeric for numbers, each variable's label in attr(, \"label\").")
        case .codebookGrid:
            return (fr: "Un fichier de grille (YAML ou JSON ; par défaut la grille intégrée).", en: "A grid file (YAML or JSON; default: the built-in grid).")
        case .codebookFormat:
            return (fr: "csv, json, markdown ou r (par défaut : csv).", en: "csv, json, markdown or r (default: csv).")
        case .codebookOutput:
            return (fr: "Un fichier (« - » est la sortie standard, par défaut), ou un dossier existant où écrire codebook.<extension>.",
                    en: "A file ('-' is stdout, the default), or an existing folder to write codebook.<extension> into.")
        case .schemaAbstract:
            return (fr: "Afficher le schéma JSON (2020-12) des fiches de cas qu'écrit export --format json.",
                    en: "Print the JSON Schema (2020-12) of the case records that export --format json writes.")
        case .gridAbstract:
            return (fr: "Vérifier ou afficher des grilles d'entretien.", en: "Check or show interview grids.")
        case .gridCheckAbstract:
            return (fr: "Vérifier des fichiers de grille : une ligne de résumé par bonne grille, chaque problème en FICHIER:LIGNE:COL: message.",
                    en: "Check grid files: a summary line per good grid, every problem as FILE:LINE:COL: message.")
        case .gridCheckFiles:
            return (fr: "Fichiers de grille (YAML ou JSON) ; « - » lit la grille sur l'entrée standard.",
                    en: "Grid files (YAML or JSON); '-' reads the grid from standard input.")
        case .gridShowAbstract:
            return (fr: "Afficher le plan d'une grille : sections, questions numérotées, types, conditions, rangs.",
                    en: "Show a grid's outline: sections, numbered questions, types, conditions, ranks.")
        case .gridShowFile:
            return (fr: "Un fichier de grille (« - » : l'entrée standard) ; la grille intégrée s'il est omis.",
                    en: "A grid file ('-': standard input); the built-in grid when omitted.")
        }
    }

    /// The text in the interface language read before parsing.
    var current: String { text(in: InterfaceLanguage.current) }

    /// The text as an argument's or option's help.
    var help: ArgumentHelp { ArgumentHelp(current) }
}
