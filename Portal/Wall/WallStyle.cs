using Portal.Domain.Engine;
using Portal.Shared;

namespace Portal.Wall;

/// <summary>The status colour as a CSS value of the theme's palette, for rings, bars and borders on the wall.</summary>
public static class WallStyle
{
    public static string Color(KpiStatus status) => status is KpiStatus.NoData or KpiStatus.Pending
        ? "var(--mud-palette-text-disabled)"
        : $"var(--mud-palette-{StatusStyle.Color(status).ToString().ToLowerInvariant()})";

    /// <summary>A KPI retired by the month shown takes the neutral colour: on the wall it is history, not a judgement.</summary>
    public static string Color(KpiResult result) => result.Retired ? Color(KpiStatus.NoData) : Color(result.Status);

    /// <summary>A fraction as a CSS percentage, invariant and clamped to the bar: 0.823 → 82.3%.</summary>
    public static string Css(double fraction) =>
        (Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1) * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A fraction of a full turn in degrees, for the expected-pace marker on a ring.</summary>
    public static string Turn(double fraction) =>
        (Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1) * 360).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "deg";
}
