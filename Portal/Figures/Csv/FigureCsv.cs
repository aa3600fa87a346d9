namespace Portal.Figures.Csv;

/// <summary>The figure file format shared by export and import (its bytes are decoded by <see cref="Portal.Shared.TextEncodings"/>).</summary>
public static class FigureCsv
{
    public static readonly string[] Columns = ["kpi", "division", "month", "value", "note"];

    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(int year) => $"workplan-{year}-figures.csv";
}
