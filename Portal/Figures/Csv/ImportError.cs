namespace Portal.Figures.Csv;

/// <summary>Why a row of an import file was refused; Line is the row number as Excel shows it (header = 1).</summary>
public sealed record ImportError(int Line, string Message);

/// <summary>Imported: the file's data rows, all accepted. Changed: those that created or changed a figure.</summary>
public sealed record ImportOutcome(int Imported, int Changed, IReadOnlyList<ImportError> Errors)
{
    public static ImportOutcome Invalid(IReadOnlyList<ImportError> errors) => new(0, 0, errors);
    public bool Ok => Errors.Count == 0;
}
