#!/usr/bin/python3
"""Writes the example plans in examples/ from the West Berkshire 2017 improvement plan
(shared/seeds/west-berkshire-action-plan-2017.txt), in two monthly versions.

The workbooks are written by openpyxl (an independent writer, not planbridge) the way the
council keeps them: workstream banner rows merged across the table, the improvement
commitment and related Ofsted recommendation merged down over their actions, the RAG column
carrying status as cell colour only (with 'EV' typed for evidenced), and a Key sheet.
The CSV copies are what Excel writes with 'Save As CSV': no colours, so the RAG column
holds the letters the council types instead. The October CSV is Windows-1252, as Excel's
plain 'CSV (Comma delimited)' writes on a UK machine; the September one is 'CSV UTF-8'.

The October plan is also written as Word keeps it (west-berkshire-2017-10.docx, by python-docx):
the RAG key table, then per workstream an outcome table ('Outcome', 'Improvement Commitments',
'Related Ofsted recommendation(s)', 'How will we know we have done it?') and one table per
improvement commitment, status in the RAG cell's shading alone.

Run with Debian's python3 (it has python3-openpyxl and python3-docx):  /usr/bin/python3 examples/make_examples.py
"""
import copy
import csv
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# RAG colours as the council picks them from Excel's palette.
FILLS = {
    "G": "FF00B050",   # green: in progress, on schedule
    "A": "FFFFC000",   # amber: at risk
    "R": "FFFF0000",   # red: blocked / off track
    "B": "FF0070C0",   # blue: complete
    "EV": "FF0070C0",  # blue with 'EV': complete with evidence of impact
    "": None,          # blank: not yet started (the plan's key says so)
}

WORKSTREAMS = [
    ("A: Improving our Leadership, Management, Governance and Partnerships", [
        ("We will work collaboratively with our health partners in a focused way to ensure that children "
         "who have complex mental health needs can access services when they need them.",
         "6) Undertake focused work with health partners to ensure that children who have complex mental "
         "health needs can access services when they need them.",
         [
             ["Share details of children with currently identified complex MH problems with health partners "
              "to confirm action plan in respect of each child.", "End Aug 2017",
              "HoS – Prevention and Safeguarding", "B",
              "Initial meeting with health partners to identify children with unmet complex mental health needs undertaken."],
             ["Review progress of individual child action plans for MH", "End Sept 2017", "Service Manager - CIC", "G",
              "Plans reviewed for 9 of 14 children."],
             ["In discussion with health partners agree revised process for securing CAMHS input for looked after "
              "children, including prioritised access, irrespective of clinical need.", "End March 2018", "Mac Heath", "A",
              "First meeting with CAMHS commissioners held; no agreement on prioritised access yet."],
             ["Review updated SDQ scores", "End March 2018", "CFLT", "", ""],
         ]),
    ]),
    ("B: Improving the Quality of our Practice", [
        ("We will ensure that we routinely record ethnicity and other diversity information about children and their families.",
         "2) Improve the identification and recording of ethnicity and diversity. Ensure that these are fully "
         "explored to inform assessment and planning for children.",
         [
             ["Monitoring of Care Director records to secure ethnicity and other diversity information.",
              "w.e.f Care Director implementation September 2017",
              "Service Manager – CAAS\nService Manager – Localities", "G", "Monthly report set up in Care Director."],
             ["Ethnicity and other diversity information discussed in supervision.", "December 2017",
              "Service Manager – CAAS\nService Manager – Localities", "G", "Supervision template amended."],
         ]),
        ("We will use ethnicity and other diversity information about children to inform assessment and planning.",
         "2) Improve the identification and recording of ethnicity and diversity. Ensure that these are fully "
         "explored to inform assessment and planning for children.",
         [
             ["Ethnicity and diversity training for social workers (where needed)", "December 2017", "All Teams", "A",
              "Trainer not yet identified."],
             ["Focused audit of the use of ethnicity and diversity information and response in children's assessment and plans",
              "March 2018", "All Teams", "", ""],
             ["Action Plan in response to audit findings", "June 2018", "All Teams", "", ""],
         ]),
    ]),
    ("C: Improving services to children in need of help and protection", [
        ("Strategy meetings will take place within a timescale that is in accordance with procedures.",
         "1) Ensure that strategy meetings take place within a timescale that is in accordance with procedures.",
         [
             ["Audit of strategy meeting timescales", "October 2017", "Service Manager – CAAS", "G", "Audit scheduled for October."],
         ]),
        ("Strategy discussions will include the right partners to enable the proper sharing of information and a "
         "comprehensive analysis of risk.",
         "1) Ensure that strategy discussions include the right partners to enable the proper sharing of information "
         "and a comprehensive analysis of risk.",
         [
             ["Secure agreement of health partners to engage in all strategy meetings.", "October 2017", "HoS", "R",
              "Health partners have not confirmed attendance; escalated to the LSCB chair."],
             ["Audit of engagement in strategy meetings", "December 2017", "HoS", "", ""],
             ["Review with LSCB to secure partner engagement, if strategy meetings continue to have patchy representation.",
              "March 2018", "LSCB", "", ""],
         ]),
        ("Our plans for children will prioritise actions according to urgency and will always have clear timeframes for completion.",
         "3) Ensure that plans for children include actions that are prioritised according to urgency, with clear "
         "timeframes for completion.",
         [
             ["All early help, CIN and CP Plans to have individual timescales for every action", "Immediate effect",
              "All Teams", "EV", "Audit in August found timescales in 96% of plans."],
             ["Audit of timescales in plans", "Spring 2018", "QA Board Audit Programme", "", ""],
             ["Depending on outcome of audit, remedial action on SMART planning to be undertaken", "Summer 2018",
              "QA Board Audit Programme", "", ""],
         ]),
        ("We will improve the response to children and young people who go missing from care or who are at risk "
         "from child sexual exploitation.",
         "4) Improve the response to children and young people who go missing from home or care or who are at risk "
         "from child sexual exploitation.",
         [
             ["Identify barriers to uptake of return home interviews", "End Oct 2017", "Service Manager – IYSS", "G",
              "Survey of young people under way."],
             ["Revised procedures for RHIs to increase uptake – in place", "End December 2017", "Service Manager – IYSS", "", ""],
             ["Review use of risk screening tool at SEMRAC to ensure that an appropriate tool is used for downgrading "
              "as well as upgrading risk.", "Immediate effect", "Service Manager – IYSS\nService Manager – Localities", "G",
              "Tool reviewed at September SEMRAC."],
             ["Review of impact of SEMRAC at LSCB", "January 2018", "LSCB and Service Manager Localities", "", ""],
         ]),
    ]),
    ("D: Improving Services to Children Looked After and Care Leavers", [
        ("We will establish a process of reassessment for all children looked after to ensure that their changing "
         "needs are understood, prioritised and addressed.",
         "5) Establish a process of reassessment for all children looked after, to ensure that their changing needs "
         "are understood, prioritised and addressed.",
         [
             ["Develop assessment practice for use in children in care team", "November 2017",
              "Service Manager – Looked After Children", "G", "Draft assessment framework circulated."],
             ["Train children in care team in use of assessment", "January 2018", "Service Manager – Looked After Children", "", ""],
             ["Implement assessment in Children in Care Team", "March 2018", "Service Manager – Looked After Children", "", ""],
         ]),
        ("Working with care leavers, we will develop a new pathway plan template which fully engages them and "
         "supports the achievement of their life goals.",
         "7) Work with care leavers to develop a pathway plan template which fully engages them.",
         [
             ["Establish care leaver working group to revise pathway planning", "December 2017",
              "Manager – Leaving Care Team", "A", "Two care leavers recruited; more needed."],
         ]),
    ]),
]


def october(workstreams):
    """The plan a month later: what leads sent back in October 2017."""
    ws = copy.deepcopy(workstreams)
    a = ws[0][1][0][2]
    a[1][3], a[1][4] = "B", "All 14 plans reviewed; actions agreed with health partners."
    a[2][1] = "End June 2018"  # deadline slipped
    a[2][4] = "CAMHS commissioners asked for a costed proposal; date moved to June."
    b = ws[1][1][1][2]
    b[0][3], b[0][4] = "R", "Trainer still not identified; no budget agreed."
    c = ws[2][1][1][2]
    c[0][3], c[0][4] = "A", "Police and health confirmed; GP attendance still patchy."
    c[1][2] = "Service Manager – CAAS"  # owner changed
    c2 = ws[2][1][3][2]
    c2[0][4] = "Survey of young people completed; 31 responses."
    c2[0][3] = "B"
    c2.insert(2, ["Commission training for return home interview workers", "December 2017",
                  "Service Manager – IYSS", "", ""])  # a new action
    d = ws[3][1][0][2]
    d[0][0] = "Develop assessment practice for use in the children in care team, with the principal social worker"
    d[0][3], d[0][4] = "B", "Assessment framework agreed at CFLT."
    del ws[3][1][1][2][0]  # action dropped (merged into the working group's remit)
    ws[3][1][1][2].append(["Care leavers to co-design the pathway plan template", "February 2018",
                           "Manager – Leaving Care Team", "", ""])
    return ws


# The plan's own key: the RAG code whose colour is the swatch, and what it means.
KEY = [("", "Action not yet started."),
       ("G", "Action in progress and on schedule to complete on time as planned."),
       ("A", "Action in progress but at risk of not completing on time as planned."),
       ("R", "Action started, but blocked; key milestone not met, or other as yet unresolved impediment to completion."),
       ("B", "Action completed successfully."),
       ("EV", "Action completed successfully and evidence of impact available.")]

HEADINGS = ["Improvement Commitment", "Related Ofsted recommendation", "Action", "By When?", "By Whom?", "RAG", "Status Update"]


def write_workbook(path, workstreams, month_label):
    wb = Workbook()
    sh = wb.active
    sh.title = "Action Plan"
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    sh["A1"] = "West Berkshire Council – Children and Family Services Improvement Plan"
    sh["A1"].font = Font(bold=True, size=14)
    sh["A2"] = f"Progress update: {month_label}"
    sh.append([])
    sh.append(HEADINGS)
    header_row = sh.max_row
    for c in range(1, len(HEADINGS) + 1):
        cell = sh.cell(header_row, c)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F4E79")
        cell.border = border
        cell.alignment = wrap
    for banner, commitments in workstreams:
        sh.append([banner])
        r = sh.max_row
        sh.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEADINGS))
        sh.cell(r, 1).font = Font(bold=True)
        sh.cell(r, 1).fill = PatternFill("solid", fgColor="FFD9E1F2")
        for commitment, recommendation, actions in commitments:
            first = sh.max_row + 1
            for i, (action, due, owner, rag, progress) in enumerate(actions):
                sh.append([commitment if i == 0 else None, recommendation if i == 0 else None, action, due, owner,
                           "EV" if rag == "EV" else None, progress or None])
                r = sh.max_row
                if FILLS[rag]:
                    sh.cell(r, 6).fill = PatternFill("solid", fgColor=FILLS[rag])
                for c in range(1, len(HEADINGS) + 1):
                    sh.cell(r, c).border = border
                    sh.cell(r, c).alignment = wrap
            last = sh.max_row
            if last > first:
                sh.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
                sh.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    for col, width in zip("ABCDEFG", [40, 40, 55, 16, 26, 6, 50]):
        sh.column_dimensions[col].width = width
    sh.freeze_panes = sh.cell(header_row + 1, 1)

    key = wb.create_sheet("Key")
    key.append(["Key to RAG Rating"])
    key.append(["RAG Shading", "Action Status"])
    for code, text in KEY:
        key.append(["EV" if code == "EV" else None, text])
        if FILLS[code]:
            key.cell(key.max_row, 1).fill = PatternFill("solid", fgColor=FILLS[code])
    wb.save(path)


def write_csv(path, workstreams, month_label, encoding):
    """As Excel's Save As CSV writes the same sheet: merged cells once, no colours."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["West Berkshire Council – Children and Family Services Improvement Plan"] + [""] * 6)
    w.writerow([f"Progress update: {month_label}"] + [""] * 6)
    w.writerow([""] * 7)
    w.writerow(HEADINGS)
    for banner, commitments in workstreams:
        w.writerow([banner] + [""] * 6)
        for commitment, recommendation, actions in commitments:
            for i, (action, due, owner, rag, progress) in enumerate(actions):
                w.writerow([commitment if i == 0 else "", recommendation if i == 0 else "", action, due, owner, rag, progress])
    data = buf.getvalue()
    with open(path, "wb") as f:
        if encoding == "utf-8-sig":
            f.write(data.encode("utf-8-sig"))
        else:
            f.write(data.encode(encoding, errors="replace"))


# What each workstream's outcome table says (shared/seeds/west-berkshire-action-plan-2017.txt).
OUTCOMES = {
    "A": ("We are ambitious for children's outcomes; committing the council's resources to ensuring a high quality "
          "service for children, young people and families, and by exercising system leadership so that our partners do so too.",
          ["No children with identified mental health needs left unmet / left waiting for a service",
           "Reduction in privately commissioned therapeutic interventions",
           "Improvement in looked after children's SDQ scores"]),
    "B": ("We seek great outcomes for children by making sure we achieve consistently high quality practice in child "
          "and family social work and across the wider children's workforce.",
          ["All children in Care Director records will have ethnicity data recorded",
           "Assessment and plans will show that ethnicity and other diversity information is taken into consideration"]),
    "C": ("We will improve outcomes for children by building on the strengths of our best existing teams and services "
          "and ensuring that purposeful direct work with children and families reduces risk of harm.",
          ["Records will show that all strategy meetings take place within 24 hours if S47 or within 5 days if planned",
           "All actions in plans will have identified timescales",
           "Significant increase in the uptake of return home interviews"]),
    "D": ("We improve outcomes for children by ensuring that they remain with or return to their families wherever "
          "safely possible and in parallel we plan for permanency from the outset.",
          ["Every child looked after has an up-to-date assessment of their needs",
           "Care leavers say their pathway plans reflect their goals"]),
}


def write_docx(path, workstreams, month_label):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def shade(cell, rgb):
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), rgb[2:])
        cell._tc.get_or_add_tcPr().append(shd)

    def lines(cell, texts, style=None):
        cell.text = texts[0]
        if style:
            cell.paragraphs[0].style = style
        for t in texts[1:]:
            cell.add_paragraph(t, style=style)

    doc = Document()
    doc.add_paragraph("West Berkshire Council – Children and Family Services Improvement Plan", style="Title")
    doc.add_paragraph(f"Progress update: {month_label}")
    doc.add_paragraph("Key to RAG Rating")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    key.rows[0].cells[0].text, key.rows[0].cells[1].text = "RAG Shading", "Action Status"
    for code, text in KEY:
        cells = key.add_row().cells
        cells[0].text, cells[1].text = ("EV" if code == "EV" else ""), text
        if FILLS[code]:
            shade(cells[0], FILLS[code])
    doc.add_paragraph("Outcomes, Actions and Success Measures – By Improvement Workstream")
    for banner, commitments in workstreams:
        outcome, measures = OUTCOMES[banner[0]]
        recommendations = []
        for _, rec, _ in commitments:
            if rec not in recommendations:
                recommendations.append(rec)
        doc.add_paragraph("")
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        title = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        title.text = banner
        title.paragraphs[0].runs[0].bold = True
        for label, texts, style in [("Outcome", [outcome], None),
                                    ("Improvement Commitments", [c for c, _, _ in commitments], None),
                                    ("Related Ofsted recommendation" + ("s" if len(recommendations) > 1 else ""),
                                     recommendations, None),
                                    ("How will we know we have done it?", measures, "List Bullet")]:
            cells = t.add_row().cells
            cells[0].text = label
            lines(cells[1], texts, style)
        for commitment, _, actions in commitments:
            doc.add_paragraph("")
            t = doc.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = "Improvement Commitment"
            t.rows[0].cells[1].merge(t.rows[0].cells[4]).text = commitment
            for cell, heading in zip(t.rows[1].cells, ["Action", "By When?", "By Whom?", "RAG", "Status Update"]):
                cell.text = heading
            for action, due, owner, rag, progress in actions:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = action, due
                lines(cells[2], owner.split("\n"))
                cells[3].text = "EV" if rag == "EV" else ""
                if FILLS[rag]:
                    shade(cells[3], FILLS[rag])
                cells[4].text = progress
    doc.add_paragraph("")
    doc.core_properties.author = "West Berkshire Council"
    doc.save(path)


def main():
    oct_ws = october(WORKSTREAMS)
    write_workbook(os.path.join(HERE, "west-berkshire-2017-09.xlsx"), WORKSTREAMS, "September 2017")
    write_workbook(os.path.join(HERE, "west-berkshire-2017-10.xlsx"), oct_ws, "October 2017")
    write_csv(os.path.join(HERE, "west-berkshire-2017-09.csv"), WORKSTREAMS, "September 2017", "utf-8-sig")
    write_csv(os.path.join(HERE, "west-berkshire-2017-10.csv"), oct_ws, "October 2017", "cp1252")
    write_docx(os.path.join(HERE, "west-berkshire-2017-10.docx"), oct_ws, "October 2017")


if __name__ == "__main__":
    main()
