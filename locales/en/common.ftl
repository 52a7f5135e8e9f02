## Numbers and dates (src/i18n/format.rs)

# An amount above zero but under one cent; $amount is one cent, written as money.
money-under = under { $amount }
# Short numbers on a graph's axis; $value is already written with the language's decimal mark.
compact-thousands = { $value }k
compact-millions = { $value }M
compact-billions = { $value }B
# $day and $year are numbers; $month is one of month-short-*.
date-long = { $day } { $month } { $year }
date-short = { $month } { $day }
# $month is one of month-*.
date-month-year = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Shared widgets (src/gui/widgets.rs)

# A fold that hides an error's exact words (for IT or a developer) under the plain sentence.
common-technical-details = Technical details
common-copy-technical-details = Copy the details
