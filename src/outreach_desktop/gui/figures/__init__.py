"""The Figures page (supervisor and coordinator): charts, tables, CSV and PDF export."""
