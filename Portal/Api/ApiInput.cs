using System.Globalization;
using Portal.Domain;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;

namespace Portal.Api;

/// <summary>
/// Route and query values arrive as text and are checked here, so that a wrong one gets a Chinese message naming the
/// field instead of the framework's bare 400.
/// </summary>
internal static class ApiInput
{
    public static PlanState? Plan(PlanStore store, string year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? store.Find(y) : null;

    /// <summary>A 404 for a KPI or division the plan does not have, or null when both exist.</summary>
    public static IResult? UnknownCell(Plan plan, string kpi, string division) =>
        (Refusal(() => plan.KpiIndex(kpi)) ?? Refusal(() => plan.DivisionIndex(division))) is { } message
            ? ApiProblems.NotFound(message)
            : null;

    /// <summary>An optional filter: null when absent; refused when the plan does not know the code.</summary>
    public static string? Kpi(Plan plan, string? code, FieldErrors errors) => Known(code, "kpi", () => plan.KpiIndex(code!), errors);

    public static string? Division(Plan plan, string? code, FieldErrors errors) => Known(code, "division", () => plan.DivisionIndex(code!), errors);

    /// <summary>A month from the route or query (null when absent), 1–12.</summary>
    public static int? Month(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12) return m;
        errors.Add(field, ApiText.Text.Format("Input.Month", field, Shorten(text)));
        return null;
    }

    /// <summary>The version a DELETE expects: required, so that nobody deletes a figure they have not seen.</summary>
    public static int? DeleteVersion(string? text, FieldErrors errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1) return v;
        errors.Add("version", string.IsNullOrEmpty(text)
            ? ApiText.Text["Input.VersionForDelete"]
            : ApiText.Text.Format("Input.Version", Shorten(text)));
        return null;
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string? Known(string? code, string field, Func<int> index, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(code)) return null;
        if (Refusal(index) is not { } message) return code;
        errors.Add(field, message);
        return null;
    }

    private static string? Refusal(Func<int> check)
    {
        try
        {
            check();
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }
}
