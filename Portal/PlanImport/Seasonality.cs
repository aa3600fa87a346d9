using System.Globalization;

namespace Portal.PlanImport;

/// <summary>Reads the twelve monthly weights an admin types ("1, 1, 2 …", commas or spaces, full-width too); empty is an even pace.</summary>
public static class Seasonality
{
    public static bool Parse(string? text, out List<double>? weights)
    {
        weights = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries);
        var parsed = new List<double>();
        foreach (var p in parts)
        {
            if (!double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var w)) return false;
            parsed.Add(w);
        }
        if (parsed.Count != 12) return false;
        weights = parsed;
        return true;
    }
}
