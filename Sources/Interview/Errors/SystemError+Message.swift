import Grid

extension SystemError: MessageCatalogue {
    var wording: Wording {
        switch (path, reason) {
        case (let path?, let reason?):
            return (fr: "Échec de lecture ou d'écriture de \(path) : \(reason).", en: "Reading or writing \(path) failed: \(reason).")
        case (let path?, nil):
            return (fr: "Échec de lecture ou d'écriture de \(path).", en: "Reading or writing \(path) failed.")
        case (nil, let reason?):
            return (fr: "Une opération sur un fichier a échoué : \(reason).", en: "A file operation failed: \(reason).")
        case (nil, nil):
            return (fr: "Erreur inattendue (\(kind)) : signalez-la avec la commande qui l'a produite.",
                    en: "Unexpected error (\(kind)): please report it with the command that produced it.")
        }
    }
}
