using Microsoft.AspNetCore.Identity;
using Portal.Data.Entities;

namespace Portal.Languages;

/// <summary>A signed-in user's language on their account, so it follows them to another browser (ADR 036).</summary>
public sealed class AccountLanguage(UserManager<PortalUser> users)
{
    public async Task SaveAsync(string userName, string culture)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || user.Language == culture) return;
        user.Language = culture;
        await users.UpdateAsync(user); // leaves the security stamp alone: the session stays signed in
    }

    /// <summary>
    /// At sign-in: the account's saved language becomes the browser's. An account without one takes the language
    /// chosen on the login page, if any, so that it follows the person from then on.
    /// </summary>
    public static async Task RestoreAsync(HttpContext http, PortalUser user, UserManager<PortalUser> users)
    {
        var chosen = LanguageCookie.Read(http);
        if (PortalCultures.Normalize(user.Language) is { } saved)
        {
            if (saved != chosen) LanguageCookie.Append(http, saved);
        }
        else if (chosen is not null)
        {
            user.Language = chosen;
            await users.UpdateAsync(user);
        }
    }
}
