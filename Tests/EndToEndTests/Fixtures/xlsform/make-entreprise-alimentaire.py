#!/usr/bin/env python3
"""Writes entreprise-alimentaire.xlsx, the XLSForm fixture of the end-to-end tests.

Rewritten for this field from the survey tables of ODK's own documentation, "Form Logic"
(github.com/getodk/docs, odk1-src/form-logic.rst: ${question} variables, a yes_no relevance,
`. >= 0 and . <= 120` constraints, a calculate row, a repeat): a short food-enterprise
questionnaire in French with English labels. Written with openpyxl (shared strings, as
spreadsheet programs write them), not with our exporter. Run: python3 make-entreprise-alimentaire.py
"""
from openpyxl import Workbook

FR, EN = "Français (fr)", "English (en)"
book = Workbook()
survey = book.active
survey.title = "survey"
survey.append(["type", "name", f"label::{FR}", f"label::{EN}", f"hint::{FR}", f"hint::{EN}",
               "required", "relevant", "constraint", f"constraint_message::{FR}", "calculation"])
rows = [
    ["begin group", "profil", "Profil de l'entreprise", "Company profile"],
    ["note", "bienvenue", "Merci de prendre part à cette enquête sur l'alimentation de proximité.",
     "Thank you for taking part in this survey on local food."],
    ["text", "nom_entreprise", "Quel est le nom de votre entreprise?", "What is the name of your enterprise?",
     "Le nom d'usage, tel qu'il figure sur l'enseigne.", "The trading name, as on the sign.", "yes"],
    ["select_one statut", "statut", "Quel est son statut juridique?", "What is its legal status?"],
    ["integer", "nb_employes", "Combien de personnes y travaillent?", "How many people work there?",
     None, None, None, None, ". >= 0 and . <= 500", "Entre 0 et 500"],
    ["select_one yes_no", "vend_en_ligne", "Vendez-vous en ligne?", "Do you sell online?"],
    ["text", "Site-Web", "Quelle est l'adresse de votre boutique en ligne?", "What is your online shop's address?",
     None, None, None, "${vend_en_ligne} = 'yes'"],
    ["end group"],
    ["begin group", "activites", "Activités", "Activities"],
    ["select_multiple activite", "activites_menees", "Quelles activités menez-vous?", "Which activities do you carry out?"],
    ["decimal", "part_locale", "Quelle part de vos achats est locale (en %)?", "What share of your purchases is local (in %)?",
     None, None, None, "selected(${activites_menees}, 'transformation') or selected(${activites_menees}, 'distribution')",
     ". >= 0 and . <= 100"],
    ["calculate", "part_arrondie", None, None, None, None, None, None, None, None, "round(${part_locale}, 0)"],
    ["begin repeat", "defis", "Quels sont vos principaux défis?", "What are your main challenges?"],
    ["text", "defi", "Défi", "Challenge"],
    ["end repeat"],
    ["date", "date_fondation", "Quand l'entreprise a-t-elle été fondée?", "When was the enterprise founded?",
     None, None, None, "not(${statut} = 'entreprise_privee')"],
    ["end group"],
]
for row in rows:
    survey.append(row)

choices = book.create_sheet("choices")
choices.append(["list_name", "name", f"label::{FR}", f"label::{EN}"])
for row in [
    ["statut", "coop", "Coopérative", "Co-operative"],
    ["statut", "obnl", "Organisme à but non lucratif", "Non-profit organisation"],
    ["statut", "entreprise_privee", "Entreprise privée", "Private company"],
    ["yes_no", "yes", "Oui", "Yes"],
    ["yes_no", "no", "Non", "No"],
    ["activite", "production", "Production agricole", "Farming"],
    ["activite", "transformation", "Transformation", "Processing"],
    ["activite", "distribution", "Distribution", "Distribution"],
    ["activite", "restauration", "Restauration", "Food service"],
]:
    choices.append(row)

settings = book.create_sheet("settings")
settings.append(["form_title", "form_id", "version", "default_language"])
settings.append(["Entreprises alimentaires de proximité", "entreprise_alimentaire", "3", FR])
book.save("entreprise-alimentaire.xlsx")
