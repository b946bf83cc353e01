"""Reports computed from the office's records (Qt-free): the reliability analysis (Article
27.4.5) and the monthly report to headquarters.

    from milrep.reports.sources import ReportFilter
    from milrep.reports.reliability import reliability, compute      # -> ReliabilityReport
    from milrep.reports.monthly import monthly_report, build         # -> MonthlyReport
    from milrep.reports.periods import Month, parse_month, month_id  # months, report ids

``reliability(uow, actor, filter=...)`` and ``monthly_report(uow, actor, month=...)`` check that
the actor may read; ``compute(session, filter)`` and ``build(session, month)`` take a read
session (documents and exports). Every figure is counted by grouped SQL; nothing loads a table.
Defect sources are adapters in :mod:`.sources` (inspections, tests, reclamations); the monthly
report's registers of later duties are adapters in :mod:`.monthly_sources`.
"""
