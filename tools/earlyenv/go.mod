module earlyenv

go 1.26.0
