import ArgumentParser
import Grid

/// What `--help` says about `grid import` and `grid export`, in French and English.
enum FormHelpText: MessageCatalogue {
    case importAbstract, importForm, importOutput, importStrict
    case exportAbstract, exportGrid, exportFormat, exportOutput

    var wording: Wording {
        switch self {
        case .importAbstract:
            return (fr: "Convertir un XLSForm (.xlsx, ou CSV : survey.csv + choices.csv) en grille YAML, vérifiée en la rechargeant ; ce qui ne se convertit pas est signalé par cellule.",
                    en: "Convert an XLSForm (.xlsx, or CSV: survey.csv + choices.csv) into a grid YAML, checked by loading it back; what cannot be converted is reported by cell.")
        case .importForm:
            return (fr: "Le formulaire : FORM.xlsx, FORM.csv (avec FORM-choices.csv) ou un dossier avec survey.csv.",
                    en: "The form: FORM.xlsx, FORM.csv (with FORM-choices.csv) or a folder holding survey.csv.")
        case .importOutput:
            return (fr: "Le fichier YAML à écrire (grids/NOM.yaml) ; la sortie standard s'il est omis.",
                    en: "The YAML file to write (grids/NAME.yaml); standard output when omitted.")
        case .importStrict:
            return (fr: "Refuser le formulaire si une ligne ne se convertit pas.",
                    en: "Refuse the form when any row cannot be converted.")
        case .exportAbstract:
            return (fr: "Écrire une grille dans un autre format : xlsform (un classeur .xlsx que les outils ODK/Kobo acceptent).",
                    en: "Write a grid in another format: xlsform (an .xlsx workbook ODK/Kobo tools accept).")
        case .exportGrid:
            return (fr: "Un fichier de grille ; la grille intégrée s'il est omis.", en: "A grid file; the built-in grid when omitted.")
        case .exportFormat:
            return (fr: "Le format : xlsform.", en: "The format: xlsform.")
        case .exportOutput:
            return (fr: "Le classeur à écrire (FORM.xlsx).", en: "The workbook to write (FORM.xlsx).")
        }
    }

    var help: ArgumentHelp { ArgumentHelp(text(in: InterfaceLanguage.current)) }
}
