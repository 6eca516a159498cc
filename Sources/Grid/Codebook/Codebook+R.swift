extension Codebook {
    /// An R script that reads the wide CSV (the default one: ids as headers, codes as values)
    /// whose path is its first argument, and gives each column its type: factors for choices
    /// (levels = ids, labels = labels) and for status columns, logical for yes/no, numeric for
    /// numbers, character otherwise (empty cells are `NA`); every column gets its label as
    /// `attr(, "label")`. A second argument saves the data frame with `saveRDS`.
    public func rScript() -> String {
        var lines = [
            "# Data dictionary of grid \(Self.comment(grid.id)) version \(grid.version), written by `interview codebook --format r`.",
            "# Reads the wide CSV of `interview export --format csv` (without --labels) with types and labels:",
            "#   Rscript codebook.R cases.csv [cases.rds]   (a second path saves the typed table with saveRDS)",
            "# A list, multichoice or rank cell holds one item per line: strsplit(x, \"\\n\", fixed = TRUE).",
            "args <- commandArgs(trailingOnly = TRUE)",
            "if (length(args) < 1) stop(\"usage: Rscript codebook.R cases.csv [cases.rds]\")",
            "cases <- read.csv(args[1], colClasses = \"character\", na.strings = character(0), check.names = FALSE,",
            "                  fileEncoding = \"UTF-8-BOM\", encoding = \"UTF-8\")",
            "blank <- function(x) ifelse(x == \"\", NA, x)",
            "column <- function(name, convert, label) {",
            "  if (!(name %in% names(cases))) return(invisible(NULL))",
            "  x <- convert(cases[[name]])",
            "  attr(x, \"label\") <- label",
            "  cases[[name]] <<- x",
            "}",
            "as_text <- function(x) as.character(blank(x))",
            "as_number <- function(x) as.numeric(blank(x))",
            "as_yes_no <- function(x) as.logical(blank(x))",
            "as_codes <- function(levels, labels) function(x) factor(blank(x), levels = levels, labels = labels)",
            "as_status <- as_codes(\(statusCodes), \(statusCodes))",
        ]
        for entry in entries {
            lines.append("column(\(Self.string(entry.column)), \(convert(entry)), \(Self.string(entry.label)))")
        }
        lines += ["if (length(args) >= 2) saveRDS(cases, args[2])", "invisible(cases)"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The status codes as an R vector: a status column's levels and labels.
    private var statusCodes: String {
        "c(" + QuestionStatus.allCases.map { Self.string($0.rawValue) }.joined(separator: ", ") + ")"
    }

    /// How the R script converts one column.
    private func convert(_ entry: CodebookEntry) -> String {
        let numeric = ["integer", "decimal", "percent", "money", "year"]
        switch entry.type {
        case _ where numeric.contains(entry.type): return "as_number"
        case "yesno": return "as_yes_no"
        case "status": return "as_status"
        case "choice":
            let levels = entry.values.map { Self.string($0.code) }.joined(separator: ", ")
            let labels = entry.values.map { Self.string($0.label) }.joined(separator: ", ")
            return "as_codes(c(\(levels)), c(\(labels)))"
        default: return "as_text"
        }
    }

    /// An R string literal: ASCII as it is, `"` and `\` escaped, everything else as `\u{…}` or
    /// `\U{…}`, so the script reads the same whatever the locale R runs in.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\0": continue
            case _ where scalar.value >= 0x20 && scalar.value < 0x7F: out.unicodeScalars.append(scalar)
            case _ where scalar.value > 0xFFFF: out += "\\U{" + String(scalar.value, radix: 16) + "}"
            default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }

    /// Text for an R comment: one line.
    static func comment(_ text: String) -> String {
        CSVField.singleLine(text)
    }
}
