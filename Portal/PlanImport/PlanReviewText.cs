namespace Portal.PlanImport;

/// <summary>Marker for the text of the new-plan pages (/plans/new): PlanReviewText.resx.</summary>
public sealed class PlanReviewText;
