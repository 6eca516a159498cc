import Grid

extension XLSFormError: MessageCatalogue, UserFacingError {
    var wording: Wording {
        switch self {
        case .notFound(let path):
            return (fr: "\(path) : formulaire introuvable", en: "\(path): form not found")
        case .unreadable(let path, let reason):
            return (fr: "\(path) : lecture impossible (\(reason))", en: "\(path): cannot be read (\(reason))")
        case .notAZip(let path):
            return (fr: "\(path) : ce n'est pas un classeur .xlsx (pas une archive ZIP) ; enregistrez le formulaire au format Excel .xlsx ou en CSV",
                    en: "\(path): not an .xlsx workbook (not a ZIP archive); save the form as Excel .xlsx or as CSV")
        case .missingPart(let path, let part):
            return (fr: "\(path) : le classeur n'a pas de partie \(part) ; enregistrez-le de nouveau depuis votre tableur",
                    en: "\(path): the workbook has no \(part) part; save it again from your spreadsheet program")
        case .badXML(let path, let part):
            return (fr: "\(path) : \(part) n'est pas du XML bien formé ; enregistrez le classeur de nouveau depuis votre tableur",
                    en: "\(path): \(part) is not well-formed XML; save the workbook again from your spreadsheet program")
        case .tooLarge(let path, let part, let limit):
            return (fr: "\(path) : \(part) dépasse \(limit / 1_048_576) Mio une fois décompressé ; un formulaire n'est pas si grand, vérifiez le fichier",
                    en: "\(path): \(part) is over \(limit / 1_048_576) MiB once uncompressed; a form is not that large, check the file")
        case .missingSheet(let path, let sheet):
            return (fr: "\(path) : pas de feuille « \(sheet) » ; un XLSForm a une feuille survey (et choices pour les questions à choix)",
                    en: "\(path): no sheet \"\(sheet)\"; an XLSForm has a survey sheet (and choices for choice questions)")
        case .missingColumn(let path, let sheet, let column):
            return (fr: "\(path):\(sheet) : pas de colonne « \(column) » dans la première ligne",
                    en: "\(path):\(sheet): no column \"\(column)\" in the first row")
        case .badCSV(let path, let line):
            return (fr: "\(path):\(line) : CSV invalide (guillemet non fermé ou texte qui n'est pas en UTF-8)",
                    en: "\(path):\(line): invalid CSV (an unclosed quote, or text that is not UTF-8)")
        case .refusedAsStrict(let path, let count):
            return (fr: "\(path) : formulaire refusé (--strict) : \(count) ligne(s) ne se traduisent pas en grille ; corrigez-les ou importez sans --strict",
                    en: "\(path): form refused (--strict): \(count) row(s) cannot be turned into a grid; fix them or import without --strict")
        case .convertedGridInvalid(let path, _):
            return (fr: "\(path) : la grille convertie ne se charge pas :", en: "\(path): the converted grid does not load:")
        case .cannotWrite(let path, let reason):
            return (fr: "\(path) : écriture impossible (\(reason))", en: "\(path): cannot be written (\(reason))")
        }
    }

    func messageLines(in language: Language) -> [String] {
        if case .convertedGridInvalid(_, let lines) = self { return [text(in: language)] + lines }
        return [text(in: language)]
    }

    var exitCode: ExitStatus {
        switch self {
        case .notFound: return .noInput
        case .unreadable: return .ioError
        case .cannotWrite: return .cannotCreate
        default: return .dataError
        }
    }
}
