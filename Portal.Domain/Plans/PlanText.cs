using Portal.Domain.Localization;

namespace Portal.Domain.Plans;

/// <summary>The messages of plans, plan files and plan revisions (PlanText.resx, English in PlanText.en.resx).</summary>
internal static class PlanText
{
    public static readonly TextResource Text = new(typeof(PlanText));
}
