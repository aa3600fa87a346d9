namespace Portal.Domain.Reporting;

/// <summary>Where a division's month stands: open for entry, submitted (closed), reviewed, or sent back (open again).</summary>
public enum SubmissionState { Open, Submitted, Reviewed, Returned }

/// <summary>
/// The rules of submitting and reviewing a division's month. Each check returns nothing when the step is allowed
/// and throws a <see cref="DomainException"/> that says why not and what to do otherwise.
/// </summary>
public static class SubmissionFlow
{
    public const int TextLength = 500;

    /// <summary>Submitting closes the month; with figures still missing it needs a reason.</summary>
    public static string? RequireSubmit(SubmissionState state, int missing, string? reason)
    {
        if (state is SubmissionState.Submitted or SubmissionState.Reviewed)
            throw new DomainException(state == SubmissionState.Reviewed ? "该月已审核，无需再次提交。" : "该月已提交，无需再次提交。", "state");
        var text = Clean(reason, "reason");
        if (missing > 0 && text is null)
            throw new DomainException($"还有 {missing} 项未填报。如确需提交，请填写原因（例如“该项本月无业务”）。", "reason");
        return text;
    }

    /// <summary>
    /// Four eyes: whoever submitted a month never reviews it or sends it back, whatever roles their account holds
    /// (a team lead who is also director, or an admin). Names compare as the audit records them.
    /// </summary>
    public static void RequireOtherReviewer(string? submittedBy, string reviewer)
    {
        if (submittedBy is not null && string.Equals(submittedBy, reviewer, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"该月由您（{reviewer}）提交，提交人不能审核或退回自己提交的月份。请由另一位馆领导或管理员审核。", "reviewer");
    }

    /// <summary>Only a submitted month can be marked reviewed.</summary>
    public static void RequireReview(SubmissionState state)
    {
        if (state != SubmissionState.Submitted)
            throw new DomainException(state == SubmissionState.Reviewed ? "该月已审核。" : "该月尚未提交，不能审核。请等部门负责人提交后再审核。", "state");
    }

    /// <summary>A submitted or reviewed month can be sent back, always with a comment saying what to correct.</summary>
    public static string RequireReturn(SubmissionState state, string? comment)
    {
        if (state is not (SubmissionState.Submitted or SubmissionState.Reviewed))
            throw new DomainException("该月尚未提交，不能退回。", "state");
        return Clean(comment, "comment") ?? throw new DomainException("退回时请填写意见，说明需要更正什么。", "comment");
    }

    /// <summary>A team lead may withdraw a submission until it is reviewed; after that only an admin reopens it.</summary>
    public static void RequireWithdraw(SubmissionState state, bool admin)
    {
        if (state == SubmissionState.Reviewed && !admin)
            throw new DomainException("该月已审核，只有管理员或馆领导退回后才能修改。", "state");
    }

    private static string? Clean(string? text, string field)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > TextLength)
            throw new DomainException($"最多 {TextLength} 个字，现有 {trimmed.Length} 个。请缩短后再提交。", field);
        return trimmed;
    }
}
