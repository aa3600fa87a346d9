namespace Portal.Live;

/// <summary>
/// Where a committed change came from: this instance committed it (and must tell the others), or another
/// instance sharing the database did and this one only learned of it.
/// </summary>
public enum ChangeOrigin
{
    ThisInstance,
    OtherInstance,
}
