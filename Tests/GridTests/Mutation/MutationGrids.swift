import Grid

/// The grids damaged: the built-in one and small ones covering every type, YAML and JSON.
enum MutationGrids {
    /// The small grid of docs/grid-format.md (choices, unit, rank, condition, codebook, fiche).
    static let pilot = """
        grid: food-coops-pilot
        version: 1
        language: en
        title: "Food co-ops — pilot interview"
        title_from: org_name
        subtitle_from: legal_status
        objectives:
          - "Identify the main challenges and success factors at start-up."

        sections:
          - id: profile
            title: "Profile of the organisation"
            label: Profile
            questions:
              - id: org_name
                text: "What is the name of your organisation?"
                label: Organisation
                type: text
                required: true

              - id: legal_status
                text: "What is its legal status?"
                label: Legal status
                type: choice
                choices:
                  - {id: coop, label: "Co-operative"}
                  - {id: npo, label: "Non-profit organisation"}
                  - Other                      # id: other

              - id: employees
                text: "How many people does it employ?"
                label: Employees
                type: integer
                min: 0
                unit: employees

          - id: start_up
            title: "Start-up: challenges and success factors"
            label: Start-up
            questions:
              - id: success_factors
                text: "What helped most when the organisation started?"
                label: Success factors
                type: list
                probes:
                  - "Volunteers? Local partners? Access to land or a building?"

              - id: top_factors
                text: "Which two of these factors were the most important?"
                label: Two main factors
                type: rank
                from: success_factors          # ranks the items answered there
                count: 2
                help: "Most important first."

              - id: solidarity_finance
                text: "Did you use solidarity finance?"
                label: Solidarity finance
                type: yesno

              - id: solidarity_sources
                text: "Which sources?"
                label: Solidarity finance sources
                type: list
                when: solidarity_finance == yes

        codebook:
          - id: anchoring
            label: "Anchoring in the community"
            codes:
              - {id: mobilisation, label: "Citizen mobilisation"}
              - {id: local_support, label: "Local financial and technical support"}

        case_file:
          - title: In brief
            entries:
              - {heading: "Legal status and size", from: [legal_status, employees]}
          - title: Start-up
            entries:
              - heading: Main success factors
                from: [success_factors, top_factors]
              - heading: Financing
                from: [solidarity_finance, solidarity_sources]

        """

    /// The same grid in JSON (JSON is read as YAML).
    static let pilotJSON = """
        {
          "grid": "food-coops-pilot",
          "version": 1,
          "language": "en",
          "title": "Food co-ops — pilot interview",
          "title_from": "org_name",
          "subtitle_from": "legal_status",
          "objectives": ["Identify the main challenges and success factors at start-up."],
          "sections": [
            {
              "id": "profile",
              "title": "Profile of the organisation",
              "label": "Profile",
              "questions": [
                {"id": "org_name", "text": "What is the name of your organisation?", "label": "Organisation", "type": "text", "required": true},
                {
                  "id": "legal_status",
                  "text": "What is its legal status?",
                  "label": "Legal status",
                  "type": "choice",
                  "choices": [{"id": "coop", "label": "Co-operative"}, {"id": "npo", "label": "Non-profit organisation"}, "Other"]
                },
                {"id": "employees", "text": "How many people does it employ?", "label": "Employees", "type": "integer", "min": 0, "unit": "employees"}
              ]
            },
            {
              "id": "start_up",
              "title": "Start-up: challenges and success factors",
              "label": "Start-up",
              "questions": [
                {"id": "success_factors", "text": "What helped most?", "label": "Success factors", "type": "list", "probes": ["Volunteers?"]},
                {"id": "top_factors", "text": "Which two were the most important?", "type": "rank", "from": "success_factors", "count": 2},
                {"id": "solidarity_finance", "text": "Did you use solidarity finance?", "type": "yesno"},
                {"id": "solidarity_sources", "text": "Which sources?", "type": "list", "when": "solidarity_finance == yes"}
              ]
            }
          ],
          "codebook": [{"id": "anchoring", "label": "Anchoring", "codes": [{"id": "mobilisation", "label": "Citizen mobilisation"}]}],
          "case_file": [{"title": "In brief", "entries": [{"heading": "Status and size", "from": ["legal_status", "employees"]}]}]
        }

        """

    /// One question of every type, bounds, probes, personal questions, and conditions of every form.
    static let everyType = """
        grid: every-type
        version: 3
        language: en
        title: "Every question type"
        title_from: name
        subtitle_from: kind
        summary_from: about
        sections:
          - id: a
            title: "All types"
            questions:
              - {id: name, text: "Name?", type: text, required: true}
              - {id: about, text: "About?", type: text, help: "A paragraph.", probes: ["More?"]}
              - {id: items, text: "Items?", type: list}
              - {id: top, text: "Top two?", type: rank, from: items, count: 2}
              - {id: count, text: "How many?", type: integer, min: 0, max: 1000, unit: people}
              - {id: ratio, text: "Ratio?", type: decimal, min: -1.5, max: 1.5}
              - {id: share, text: "Share?", type: percent}
              - {id: budget, text: "Budget?", type: money}
              - {id: founded, text: "Founded?", type: year}
              - {id: day, text: "Day?", type: date}
              - id: kind
                text: "Kind?"
                type: choice
                choices: [{id: coop, label: Co-op}, {id: npo, label: Non-profit}, Other]
              - {id: roles, text: "Roles?", type: multichoice, choices: [Growing, Processing, Selling]}
              - {id: ok, text: "OK?", type: yesno}
              - {id: mail, text: "E-mail?", type: email, personal: true}
              - {id: phone, text: "Phone?", type: phone, personal: true}
              - {id: site, text: "Site?", type: url}
          - id: b
            title: "Conditions"
            when: ok == yes and not (count < 3)
            questions:
              - {id: why, text: "Why?", type: text, when: "kind in [coop, npo] or answered(items)"}
              - {id: big, text: "Big?", type: yesno, when: "budget >= 1000000 and share != 50 and day == \\"2024-01-01\\""}
        codebook:
          - id: t
            label: Theme
            codes:
              - {id: c1, label: "Code one"}
        case_file:
          - title: Summary
            entries:
              - {heading: "Kind and size", from: [kind, count]}
              - {heading: Items, from: [items, top]}

        """

    /// Every base grid with its name; the built-in one weighs most.
    static let bases: [(name: String, text: String)] = [
        ("the built-in grid", DefaultGrid.text), ("the built-in grid", DefaultGrid.text), ("the built-in grid", DefaultGrid.text),
        ("the pilot grid (YAML)", pilot), ("the pilot grid (JSON)", pilotJSON), ("the every-type grid", everyType),
    ]

    /// Values of other types, for `key: value` lines.
    static let otherValues = [
        "", "~", "null", "[]", "{}", "[a, b]", "{a: 1}", "[[]]", "[{}]", "yes", "no", "true", "False", "0", "-1", "1.5", "-0",
        "1e308", "1e999", "-.inf", ".nan", "99999999999999999999", "-9223372036854775809", "9223372036854775807", "0x7FFFFFFF",
        "0o777", "2024-01-01", "12:30:00", "\"\"", "\"text with spaces\"", "'single'", "|", ">-", "&anchor value", "*anchor",
        "!!binary aGVsbG8=", "!!int \"x\"", "!!float abc", "!custom tag", "- item", "? complex", "\"\\u0000\"", "\"\\uD800\"",
        "é😀\u{2028}", "key: value", "[a, {b: [c, {d: e}]}]", "\"unclosed", "[unclosed", "{unclosed", "<<: *anchor", "%TAG",
        "text\twith\ttabs", "#comment only", "@reserved", "`backquoted`",
    ]

    /// Words and symbols of the condition language, and ones it does not know.
    static let conditionTokens = [
        "(", ")", "[", "]", ",", "==", "!=", "<", "<=", ">", ">=", "=", "!", "and", "or", "not", "in", "answered(", "answered",
        "yes", "no", "oui", "non", "1", "-1", "0", "0.5", "-2.5", "1e3", "1000000", "\"a b\"", "'x'", "\"", "'", "é", "-", ".",
        "_", "&", "|", "1e20", "1e999", "-1e999", "-inf", "9223372036854775807", "9223372036854775808", "-nan", "1.5e300",
    ]
}
