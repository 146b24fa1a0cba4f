from django.urls import path

from mysite import views

urlpatterns = [
    path("games/<int:game_id>/link", views.game_link),
    path("stove/me", views.stove_me),
    path("fargames/wallet", views.Wallet.as_view()),
]
