using Portal.Accounts;
namespace Portal.Figures.Csv;

/// <summary>Why a row of an import file was refused; Line is the row number as Excel shows it (header = 1).</summary>
public sealed record ImportError(int Line, string Message);

/// <summary>Imported: the file's data rows, all accepted. Changed: those that created or changed a figure.</summary>
public sealed record ImportOutcome(int Imported, int Changed, IReadOnlyList<ImportError> Errors, IReadOnlyList<WriteRefusal>? Refusals = null)
{
    public static ImportOutcome Invalid(IReadOnlyList<ImportError> errors) => new(0, 0, errors);

    /// <summary>The writer may not write some of the file's cells (another division, a closed month): nothing is written.</summary>
    public static ImportOutcome Refused(IReadOnlyList<WriteRefusal> refusals) => new(0, 0, [], refusals);

    public bool Ok => Errors.Count == 0 && (Refusals is null || Refusals.Count == 0);
}
