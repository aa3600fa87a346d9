using Portal.Domain.Localization;

namespace Portal.Plans;

/// <summary>
/// The messages of publishing, importing and editing plans outside components (PlanMessages.resx, English in
/// PlanMessages.en.resx); what the audit trail stores is read in <see cref="TextResource.Chinese"/>.
/// </summary>
public static class PlanMessages
{
    public static readonly TextResource Text = new(typeof(PlanMessages));

    /// <summary>The refusal of every page, route and command given a year the portal has no plan for.</summary>
    public static string NoPlan(int year) => Text.Format("NoPlan", year);
}
