using Portal.Domain.Localization;

namespace Portal.Accounts;

/// <summary>
/// The messages of accounts, refusals and account commands outside components (AccountMessages.resx, English in
/// AccountMessages.en.resx); names the audit trail stores are read in <see cref="TextResource.Chinese"/>.
/// </summary>
internal static class AccountMessages
{
    public static readonly TextResource Text = new(typeof(AccountMessages));
}
