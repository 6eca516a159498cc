import Grid

extension FileKind: MessageCatalogue {
    /// Its name in a sentence: « un lien symbolique », "a symbolic link".
    var wording: Wording {
        switch self {
        case .absent: return (fr: "introuvable", en: "missing")
        case .regular: return (fr: "un fichier", en: "a file")
        case .folder: return (fr: "un dossier", en: "a folder")
        case .symbolicLink: return (fr: "un lien symbolique", en: "a symbolic link")
        case .fifo: return (fr: "un tube nommé", en: "a named pipe")
        case .characterDevice: return (fr: "un périphérique", en: "a device")
        case .blockDevice: return (fr: "un périphérique de stockage", en: "a block device")
        case .socket: return (fr: "une socket", en: "a socket")
        }
    }
}
