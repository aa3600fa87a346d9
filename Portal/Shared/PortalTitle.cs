using Microsoft.Extensions.Localization;
using Portal.Data;
using Portal.Data.Entities;
using Portal.Resources;

namespace Portal.Shared;

/// <summary>
/// The portal's name as the app bar and the browser's tab show it: 浙江图书馆工作要点 for the default library, and the
/// addressed library's own name at /l/{code}/ (a county's staff should not read the province's name above their
/// grid). Without the names (a page rendered on its own) it is the default library's.
/// </summary>
public sealed class PortalTitle(IStringLocalizer<SharedText> text, LibraryTree? names = null)
{
    public string Text => LibraryScope.Current.Library is var id && id != Library.DefaultId && names?.NameOf(id) is { } name
        ? text["AppTitle.Library", name]
        : text["AppTitle"];
}
