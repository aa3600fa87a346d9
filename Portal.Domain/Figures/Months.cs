namespace Portal.Domain.Figures;

public static class Months
{
    public static int Require(int month) => month is >= 1 and <= 12 ? month
        : throw new DomainException($"月份必须在 1 到 12 之间，收到的是 {month}。", "month");
}
