namespace Portal.Domain.PlanDrafts;

/// <summary>
/// One thing that keeps a draft from being published, in Chinese, saying what to do. <see cref="Target"/> is the
/// target's id when the issue is about one; <see cref="Field"/> names the field (year, title, divisions, sections,
/// code, name, item, value, unit, qualifier, period, aggregation, opening, lead, split, seasonality, previous).
/// </summary>
public sealed record DraftIssue(string Field, string Message, string? Target = null);
