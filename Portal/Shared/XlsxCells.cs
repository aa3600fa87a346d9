namespace Portal.Shared;

/// <summary>Excel's A1 cell references: column letters and a row number.</summary>
internal static class XlsxCells
{
    public static string Reference(int column, uint row) => Letters(column) + row;

    private static string Letters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>The zero-based column of a reference such as "C7"; null when it has no letters.</summary>
    public static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return n == 0 ? null : n - 1;
    }
}
