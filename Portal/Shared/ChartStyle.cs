namespace Portal.Shared;

/// <summary>Chart colours and axis labels shared by every chart, so that a series means the same colour everywhere.</summary>
public static class ChartStyle
{
    public const string Actual = "#1b5e7a";
    public const string Pace = "#90a4ae";
    public const string Target = "#a0522d";

    /// <summary>Last year's series (同比), a lighter tone of the actual's.</summary>
    public const string LastYear = "#d08c00";

    /// <summary>For series that are divisions: distinct, and readable on white.</summary>
    public static readonly string[] Divisions = ["#1b5e7a", "#d08c00", "#5c8f3a", "#8e6bb8", "#c0504d", "#4f9dc4", "#7f6a4f", "#2e7d6b"];

    /// <summary>
    /// A round tick spacing (1, 2 or 5 × 10ⁿ) giving about five ticks up to <paramref name="max"/>, so that axes read
    /// 20万, 40万 … rather than 8.2万, 16.4万 ….
    /// </summary>
    public static int NiceStep(double max, int ticks = 5)
    {
        if (!double.IsFinite(max) || max <= ticks) return 1;
        var raw = max / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var norm = raw / magnitude;
        var step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
        return (int)Math.Max(1, Math.Min(step, int.MaxValue));
    }

    public static string[] MonthLabels(Func<int, string> label) => Enumerable.Range(1, 12).Select(label).ToArray();

    public static string TooltipFormat(bool fractional) => fractional ? "#,##0.##" : "#,##0";
}
