using System.Collections.Immutable;

namespace Snapback.Evaluation.Names;

/// <summary>
/// Frequent given and family names of twenty naming traditions, in their usual Latin spelling, written here from public
/// name-frequency lists (national statistics offices' first-name and surname tables). A customer base is made of such names.
/// </summary>
public static class LatinNamePools
{
    public static ImmutableArray<NameCulture> Cultures { get; } =
    [
        NameCulture.Of(
            "English",
            "James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth Barbara "
            + "Susan Jessica Sarah Karen Emily Hannah Oliver Harry George Amelia Olivia Sophie Lucy Daniel",
            "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White Harris Clark Lewis Robinson "
            + "Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans "
            + "Turner Parker Collins Edwards Stewart Morris Cook Rogers Morgan Cooper Bailey Reed Kelly Howard Ward Watson Brooks Wood "
            + "Bennett Gray Hughes Price Fisher"),
        NameCulture.Of(
            "Spanish",
            "José Juan Carlos Luis Miguel Jorge Pedro Alejandro Fernando Francisco Javier Diego Pablo Sergio Raúl María Carmen Ana "
            + "Laura Lucía Marta Isabel Elena Sofía Paula Rosa Cristina Pilar Beatriz",
            "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz "
            + "Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Castro Ortega "
            + "Rubio Medina Garrido Cortés Iglesias Santos Calvo Prieto"),
        NameCulture.Of(
            "Portuguese",
            "João António José Francisco Manuel Pedro Tiago Rui Nuno Bruno Gabriel Lucas Rafael Maria Ana Beatriz Mariana Inês Joana "
            + "Catarina Sofia Carolina Leonor Teresa Fernanda Juliana",
            "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques "
            + "Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Barbosa "
            + "Araújo"),
        NameCulture.Of(
            "French",
            "Jean Pierre Michel Philippe Alain Nicolas Christophe Julien Thomas Antoine Louis Hugo Mathieu Olivier Marie Nathalie "
            + "Isabelle Sylvie Catherine Françoise Sophie Camille Léa Chloé Manon Émilie Céline Aurélie Julie",
            "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David "
            + "Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand "
            + "Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez "
            + "Fontaine Chevalier Robin"),
        NameCulture.Of(
            "German",
            "Thomas Michael Andreas Stefan Peter Frank Markus Christian Jürgen Klaus Wolfgang Jan Tobias Lukas Felix Sabine Petra "
            + "Monika Andrea Claudia Susanne Katrin Anja Julia Anna Lena Laura Lea Hannah Ursula",
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf "
            + "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann "
            + "Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn "
            + "Vogel"),
        NameCulture.Of(
            "Italian",
            "Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo "
            + "Marco Andrea Alessandro Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Francesca Giulia Chiara",
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano "
            + "Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile "
            + "Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti"),
        NameCulture.Of(
            "Dutch",
            "Jan Johannes Cornelis Hendrik Willem Pieter Gerrit Jacobus Daan Sem Bram Lars Thijs Ruben Maria Johanna Anna Cornelia "
            + "Wilhelmina Elisabeth Emma Julia Sophie Fenna Sanne Lotte Femke Anouk",
            "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters "
            + "Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan "
            + "Vermeulen van_den_Heuvel"),
        NameCulture.Of(
            "Polish",
            "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Grzegorz Mateusz Wojciech Anna Maria Katarzyna "
            + "Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Zofia",
            "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski "
            + "Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król "
            + "Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski"),
        NameCulture.Of(
            "Scandinavian",
            "Lars Anders Johan Erik Per Karl Nils Mikael Jonas Magnus Ole Henrik Sven Björn Anna Maria Karin Kristina Lena Sara Emma "
            + "Ingrid Eva Elin Astrid Sigrid Ingeborg Linnea",
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Hansen "
            + "Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Nielsen Rasmussen Sørensen Virtanen Korhonen Mäkinen "
            + "Nieminen Hämäläinen Laine"),
        NameCulture.Of(
            "Turkish",
            "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Emre Burak Fatma Ayşe Emine "
            + "Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Esra",
            "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan "
            + "Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut"),
        NameCulture.Of(
            "Greek",
            "Georgios Ioannis Konstantinos Dimitrios Nikolaos Panagiotis Vasileios Christos Athanasios Michail Evangelos Spyridon "
            + "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi",
            "Papadopoulos Papadakis Papageorgiou Oikonomou Georgiou Papadimitriou Pappas Vlachos Angelopoulos Nikolaidis Karagiannis "
            + "Makris Dimitriou Ioannidis Konstantinidis Christodoulou Vasileiou Triantafyllou Athanasiou Alexiou"),
        NameCulture.Of(
            "Russian",
            "Alexander Sergey Dmitry Andrey Alexey Maxim Evgeny Ivan Mikhail Artem Nikolai Pavel Roman Anton Yulia Elena Olga "
            + "Tatiana Natalia Irina Svetlana Anna Ekaterina Maria Marina Ksenia Daria Anastasia",
            "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev "
            + "Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Soloviev Borisov Yakovlev "
            + "Grigoriev Romanov Vorobiev"),
        NameCulture.Of(
            "Arabic",
            "Mohammed Ahmed Ali Omar Youssef Ibrahim Khaled Hassan Hussein Mahmoud Mustafa Abdullah Karim Samir Tarek Fatima Aisha "
            + "Maryam Zainab Khadija Nour Layla Salma Hana Rania Amina Yasmin Huda Reem",
            "Haddad Khoury Nasser Saleh Hamdan Mansour Darwish Jaber Khalil Aziz Hakim Sabbagh Najjar Farah Shaheen Odeh Qasim "
            + "Rahman Said Sharif Kassem Barakat Habib Issa Yassin Zaki Hijazi Karam Salem Masri"),
        NameCulture.Of(
            "Persian",
            "Ali Mohammad Hossein Reza Mehdi Amir Hamid Saeed Majid Behrouz Dariush Kourosh Farhad Babak Fatemeh Zahra Maryam "
            + "Masoumeh Leila Narges Shirin Parisa Mina Roya Azadeh Niloufar",
            "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani Sadeghi Kazemi Ebrahimi Najafi "
            + "Shirazi Tehrani Esfahani Bagheri Akbari Nouri Farahani Amini Ansari Heidari Salehi"),
        NameCulture.Of(
            "Indian",
            "Rahul Amit Rajesh Suresh Vijay Anil Sunil Sanjay Ravi Arjun Rohan Vikram Deepak Manoj Priya Anjali Pooja Neha Sunita "
            + "Kavita Deepika Lakshmi Meena Aarti Divya Shreya Ananya Nisha",
            "Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Reddy Rao Nair Iyer Menon Pillai Das Bose Chatterjee Banerjee "
            + "Mukherjee Agarwal Jain Kapoor Malhotra Chopra Bhatia Saxena Mishra Pandey Tiwari Yadav Chauhan Desai Kulkarni"),
        NameCulture.Of(
            "Chinese",
            "Wei Fang Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiu Ying Hua Ping Gang Hui Xin Yu Hao Lin Zhen Bo",
            "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng "
            + "Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang"),
        NameCulture.Of(
            "Japanese",
            "Hiroshi Takashi Kenji Satoshi Kazuo Makoto Daisuke Yuki Haruto Sota Ren Kaito Akira Yui Yoko Keiko Yumiko Akiko Tomoko "
            + "Naoko Hana Sakura Aoi Mei Rin Yuna",
            "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto "
            + "Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa"),
        NameCulture.Of(
            "Korean",
            "Min-jun Seo-jun Do-yun Ji-ho Ji-hoon Hyun-woo Jun-seo Sung-min Dong-hyun Jae-won Seo-yeon Ji-woo Ha-eun Min-seo Soo-ah "
            + "Ji-min Yeon-woo Eun-ji Hye-jin Su-bin",
            "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae "
            + "Baek Heo Nam"),
        NameCulture.Of(
            "Vietnamese",
            "Anh Minh Hung Tuan Dung Hai Long Nam Quang Thanh Duc Hieu Huong Lan Linh Mai Ngoc Thao Trang Hoa Phuong Thu Ha Van",
            "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh Mai Cao Luong Ta"),
        NameCulture.Of(
            "West African",
            "Oluwaseun Chukwuemeka Adebayo Emeka Chinedu Olumide Babatunde Kwame Kofi Kwabena Yaw Ibrahima Moussa Mamadou Ngozi "
            + "Chioma Adaeze Folake Yetunde Abena Ama Akosua Aminata Fatoumata Awa",
            "Okafor Okonkwo Adeyemi Ogunleye Eze Nwosu Balogun Adebayo Olawale Obi Mensah Owusu Asante Boateng Osei Appiah Diallo "
            + "Traoré Coulibaly Keita Camara Sow Ndiaye Diop Fall Sylla"),
    ];
}
