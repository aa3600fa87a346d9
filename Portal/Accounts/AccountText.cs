namespace Portal.Accounts;

/// <summary>Marker for the UI text of accounts, login, tokens and refusals (AccountText.resx).</summary>
public sealed class AccountText;
