namespace Portal.Domain.Figures;

public static class Months
{
    public static int Require(int month) => month is >= 1 and <= 12 ? month
        : throw new DomainException(FigureText.Text.Format("Month.OutOfRange", month), "month");
}
