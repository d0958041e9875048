"""Reports: domain objects in, files out (PDF with reportlab, Excel with openpyxl)."""
