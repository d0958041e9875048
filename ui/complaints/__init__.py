"""The complaint desk tab (客户投诉): open cases by urgency, intake, case steps, analysis."""
