#!/usr/bin/python3
# Reads a workbook with openpyxl (an independent reader) and prints what the tests check, as JSON: every
# non-empty cell's value (formulas as their text) and cached value, number formats, merged ranges, print
# setup and frozen panes of the first sheet.
import json
import sys

import openpyxl


def dump(path):
    book = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    sheet = book.worksheets[0]
    values = cached.worksheets[0]
    cells = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            value = cell.value
            if hasattr(value, "isoformat"):
                value = value.isoformat()[:10]
            cached_value = values[cell.coordinate].value
            if hasattr(cached_value, "isoformat"):
                cached_value = cached_value.isoformat()[:10]
            cells[cell.coordinate] = {
                "value": value,
                "cached": cached_value,
                "format": cell.number_format,
                "bold": bool(cell.font.b),
                "italic": bool(cell.font.i),
            }
    return {
        "sheets": book.sheetnames,
        "cells": cells,
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "orientation": sheet.page_setup.orientation,
        "paper": sheet.page_setup.paperSize,
        "fitToWidth": sheet.page_setup.fitToWidth,
        "fitToHeight": sheet.page_setup.fitToHeight,
        "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
        "freeze": sheet.freeze_panes,
        "titleRows": sheet.print_title_rows,
        "maxRow": sheet.max_row,
        "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
    }


if __name__ == "__main__":
    json.dump(dump(sys.argv[1]), sys.stdout, ensure_ascii=False, default=str)
