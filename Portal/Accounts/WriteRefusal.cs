using Portal.Data.Entities;

namespace Portal.Accounts;

public enum RefusalKind
{
    /// <summary>The writer may not write for this division at all (HTTP 403).</summary>
    Forbidden,

    /// <summary>The month is closed for this division (HTTP 409, with the reason).</summary>
    MonthClosed,
}

/// <summary>Why a write to a division (and month) was refused, in words a person can act on.</summary>
public sealed record WriteRefusal(RefusalKind Kind, string Division, int? Month, string Message)
{
    public int StatusCode => Kind == RefusalKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
}

/// <summary>
/// The answer of <see cref="WriteGuard"/>: refusals (write nothing if there are any), and the closed months an
/// admin may write to because a reason was given (each such change is audited with that reason).
/// </summary>
public sealed record WriteCheck(IReadOnlyList<WriteRefusal> Refusals, IReadOnlyList<MonthClose> Overrides)
{
    public static readonly WriteCheck Allowed = new([], []);

    public bool IsAllowed => Refusals.Count == 0;

    /// <summary>403 when any refusal is Forbidden, else 409; 200 when allowed.</summary>
    public int StatusCode => Refusals.Count == 0 ? StatusCodes.Status200OK
        : Refusals.Any(r => r.Kind == RefusalKind.Forbidden) ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
}
