"""The Lessons tab and its lesson pages (the stepping lessons use ui.stepview's StepView)."""
