namespace Portal.Figures.Csv;

/// <summary>
/// Turns the reader's physical line numbers into the row numbers Excel shows (header = 1): a note with a line
/// break is one row in Excel but several lines in the file, while empty lines are rows in both.
/// </summary>
internal sealed class CsvLines(long headerLine)
{
    private long _line = headerLine, _breaks;
    private int _row = (int)headerLine;

    public int Next(long line, ReadOnlySpan<byte> raw)
    {
        var emptyLinesBetween = line - (_line + _breaks + 1);
        _row += 1 + (int)Math.Max(0, emptyLinesBetween);
        _line = line;
        _breaks = Breaks(raw);
        return _row;
    }

    private static long Breaks(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'\r', (byte)'\n') < 0) return 0;
        long count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n'))) count++;
        }
        return count;
    }
}
