using CsvHelper;

namespace Portal.Shared;

/// <summary>
/// The one way the portal writes CSV: UTF-8 with a byte-order mark (so that Excel on Chinese Windows shows the text
/// correctly), every text cell through <see cref="CsvFormula.Neutralise"/>, numbers as numbers (a real −3.5 stays a
/// number). It offers no way to write raw text, so a CSV added later is formula-safe too.
/// </summary>
public sealed class SafeCsvWriter : IDisposable, IAsyncDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true };
    private readonly CsvWriter _csv;

    private SafeCsvWriter(Stream output, bool leaveOpen) => _csv = CsvWriter.Create(output, Options, leaveOpen);

    public static SafeCsvWriter Create(Stream output, bool leaveOpen = true) => new(output, leaveOpen);

    public SafeCsvWriter Header(IEnumerable<string> names)
    {
        foreach (var name in names) Text(name);
        _csv.EndRecord();
        return this;
    }

    /// <summary>A text cell; empty when null.</summary>
    public void Text(string? value) => _csv.WriteField(value is null ? null : CsvFormula.Neutralise(value));

    public void Number(int value) => _csv.WriteField(value, default);

    /// <summary>A number in the invariant culture, with an optional .NET format such as "0.##"; empty when null.</summary>
    public void Number(double? value, string? format = null) => _csv.WriteField(value, format);

    public void EndRecord() => _csv.EndRecord();

    /// <summary>
    /// One row from the cells a workbook gets too (<see cref="XlsxSheet"/>): text through <see cref="Text"/>, whole
    /// numbers and numbers through <see cref="Number(int)"/> and <see cref="Number(double?, string?)"/>, null as empty.
    /// So a file offered as CSV and as .xlsx lists its columns once.
    /// </summary>
    public async Task RowAsync(IEnumerable<object?> cells, CancellationToken ct)
    {
        foreach (var cell in cells)
        {
            switch (cell)
            {
                case int n: Number(n); break;
                case double d: Number(d); break;
                case null: Text(null); break;
                default: Text(cell as string ?? throw new ArgumentException($"A CSV cell is text or a number, not {cell.GetType().Name}.", nameof(cells))); break;
            }
        }
        await EndRecordAsync(ct);
    }

    /// <summary>Ends the row and flushes a full buffer without blocking: a response stream refuses synchronous writes.</summary>
    public async Task EndRecordAsync(CancellationToken ct) => await _csv.EndRecordAsync(ct);

    public async Task FlushAsync(CancellationToken ct) => await _csv.FlushAsync(ct);

    public void Dispose() => _csv.Dispose();

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
