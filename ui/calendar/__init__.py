"""The follow-up calendar tab (回访日历): month view, day/week/overdue lists, acting on a
task from the keyboard, key customers of the week, reminder rule settings."""
