using System.Security.Cryptography;

namespace Portal.Accounts.Users;

/// <summary>
/// Random passwords handed out once (new accounts, resets): 16 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), always with a digit and a lower-case letter so that the password policy accepts them.
/// </summary>
public static class OneTimePassword
{
    private const string Letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Letters + Digits, 14).ToList();
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count + 1), Digits[RandomNumberGenerator.GetInt32(Digits.Length)]);
        chars.Insert(RandomNumberGenerator.GetInt32(chars.Count + 1), Letters[RandomNumberGenerator.GetInt32(24)]);
        return new string(chars.ToArray());
    }
}
